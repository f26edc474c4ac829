package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.pipeline.IndexingSink;
import chanye.crawler.ArticleSink;
import chanye.crawler.CrawledArticle;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import chanye.crawler.url.UrlNormalizer;
import chanye.index.ArticleIndexWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one-time work of a crawl's first page, done on the {@linkplain SamplePage sample page} in memory while a
 * {@code crawl} (or the {@code demo}, which crawls) starts: loading and initialising the decoder, the parser, the
 * extractor, the URL normaliser, the classifier with the dictionaries HanLP loads on the first text it segments, the
 * index writer's analysis, story signing and inversion.
 *
 * <p>A crawl's start-up (picocli, the taxonomy, the crawl state, the index) runs on one thread and leaves the other
 * cores idle for about half a second, after which the first pages would wait for all of that work, each worker
 * behind the first to reach it. Started before picocli reads the command line, on a thread of its own, it overlaps
 * start-up instead. The command does not wait for it, and its results are dropped: its index is held in memory, and
 * a failure here is the crawl's own to report when its pages meet it.
 */
public final class CrawlPreparation {

    private CrawlPreparation() {
    }

    /** Starts the work on a daemon thread and returns at once; on a single core, with no core idle, does nothing. */
    public static void startInBackground() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(CrawlPreparation::prepareQuietly, "chanye-crawl-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepareQuietly() {
        try {
            prepare();
        } catch (IOException | NotHtmlException | RuntimeException e) {
            // Dropped: the crawl does the same work on its own pages, and reports their failures there.
        }
    }

    /**
     * Reads the sample page as a crawl reads a page, normalises its links, then classifies and indexes its article.
     *
     * @throws IllegalStateException when the sample page is not read as an article, which would leave the rest undone
     */
    static ArticleSink.Outcome prepare() throws IOException, NotHtmlException {
        String url = "http://sample.invalid/a.html";
        ParsedPage page = new PageReader(new ContentExtractor()).read(
                new RawPage(url, SamplePage.in(StandardCharsets.UTF_8), "text/html", Instant.now()));
        UrlNormalizer normalizer = new UrlNormalizer();
        page.links().links().forEach(normalizer::normalize);
        if (!page.article().isArticle()) {
            throw new IllegalStateException("the sample page is not read as an article");
        }
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        try (ArticleIndexWriter writer = ArticleIndexWriter.inMemory(classifier.segmenter())) {
            return new IndexingSink(classifier, writer).accept(new CrawledArticle(url, "sample.invalid",
                    Instant.now(), page.article()));
        }
    }
}
