package chanye.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import chanye.crawler.ArticleSink;
import chanye.crawler.CrawledArticle;
import chanye.crawler.extract.Article;
import chanye.index.ArticleIndexWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl's sink over the local index: workers upserting at once still leave one segment per commit. */
class IndexingSinkTest {

    private static final int WORKERS = 4;
    private static final int ARTICLES_EACH = 30;

    private static ArticleClassifier classifier;

    @TempDir
    Path dir;

    @BeforeAll
    static void classifier() throws TaxonomyException {
        classifier = ArticleClassifier.create(Taxonomy.loadDefault());
    }

    @Test
    void workersAcceptingAtOnceWriteOneSegmentPerCommit() throws Exception {
        Path index = dir.resolve("index");
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(index, classifier.segmenter())) {
            ArticleSink sink = new IndexingSink(classifier, writer);
            CyclicBarrier start = new CyclicBarrier(WORKERS);
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    int worker = w;
                    done.add(workers.submit(() -> {
                        start.await();
                        for (int i = 0; i < ARTICLES_EACH; i++) {
                            assertEquals(ArticleSink.Outcome.INDEXED, sink.accept(article(worker, i)));
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : done) {
                    worker.get();
                }
            } finally {
                workers.shutdown();
            }
            sink.flush();
        }
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(1, SegmentInfos.readLatestCommit(directory).size());
            assertEquals(WORKERS * ARTICLES_EACH, reader.numDocs());
        }
    }

    private static CrawledArticle article(int worker, int i) {
        String url = "http://127.0.0.1/news/" + worker + "-" + i + ".html";
        String title = "准东第" + worker + "批风电项目第" + i + "期开工";
        String body = "准东经济技术开发区第" + worker + "批风电项目第" + i + "期今日开工建设，总装机容量" + (i + 10)
                + "万千瓦，预计年发电量" + (worker + i) + "亿千瓦时。\n项目投产后将通过特高压线路外送。";
        return new CrawledArticle(url, "127.0.0.1", Instant.parse("2024-05-01T00:00:00Z"),
                new Article(url, title, null, null, null, body, true));
    }
}
