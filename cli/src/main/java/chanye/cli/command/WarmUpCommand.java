package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.Directories;
import chanye.cli.Main;
import chanye.crawler.extract.Article;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.RawPage;
import chanye.index.ArticleIndexWriter;
import chanye.index.ArticleSearcher;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code chanye warm-up} (hidden): runs every stage once on a small article in a throw-away index, so that the
 * launcher can record the classes a command loads into a class-data-sharing archive right after a build. Later
 * commands start from that archive, which cuts the JVM's start-up by a third or more.
 *
 * <p>The article is read the way {@code chanye extract --json} reads saved pages, by that command itself (its output
 * dropped): from two files, one in UTF-8 and one in GBK, so that sniffing, decoding by declaration, parsing (an
 * inline SVG and a repeated attribute included, as real pages have), the threads of a batch and the JSON writer are
 * in the archive too.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every stage once (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, InvalidQueryException, NotHtmlException {
        Path dir = Files.createTempDirectory("chanye-warm-up");
        try {
            Path utf8 = page(dir, "page.html", StandardCharsets.UTF_8);
            Path gbk = page(dir, "page-gbk.html", Charset.forName("GBK"));
            PrintWriter dropped = new PrintWriter(Writer.nullWriter());
            int extracted = Main.commandLine(dropped, dropped).execute("extract", "--json", utf8.toString(),
                    gbk.toString());
            if (extracted != 0) {
                throw new IllegalStateException("warm-up: extract --json exited with " + extracted);
            }
            Article article = new ContentExtractor().extract(PageReader.parse(
                    new RawPage("http://127.0.0.1/warm-up.html", Files.readAllBytes(utf8), "text/html", Instant.now())));
            index(article, dir.resolve("index"));
        } finally {
            Directories.deleteTree(dir);
        }
        return 0;
    }

    private static Path page(Path dir, String name, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), SamplePage.in(charset));
    }

    /** Classifies the article, indexes it, searches for it and reads the index's figures. */
    private static void index(Article article, Path dir) throws IOException, InvalidQueryException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        Classification classification = classifier.classify(article.title(), article.body());
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, classifier.segmenter())) {
            writer.upsert(new IndexedArticle(article.url(), "127.0.0.1", article.title(), article.body(),
                    article.source(), article.author(), article.publishTime(), Instant.now(),
                    classification.clusters(), classification.keywords(), classification.regions()));
            writer.commit();
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir, classifier.segmenter())) {
            searcher.search(new SearchRequest("光伏 新能源", List.of("new-energy"), null, null, null,
                    SearchRequest.Sort.RELEVANCE, 10, 0));
            searcher.stats();
        }
    }
}
