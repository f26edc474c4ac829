package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.Directories;
import chanye.cli.Main;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
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
import picocli.CommandLine.Option;

/**
 * {@code chanye warm-up} (hidden): runs every stage once on a small article in a throw-away index, so that the
 * launcher can record the classes a command loads into a class-data-sharing archive right after a build. Later
 * commands start from that archive, which cuts the JVM's start-up by a third or more.
 *
 * <p>The article is read the way {@code chanye extract --json} reads saved pages, by that command itself (its output
 * dropped): from two files, one in UTF-8 and one in GBK, so that sniffing, decoding by declaration, parsing (an
 * inline SVG and a repeated attribute included, as real pages have), the threads of a batch and the JSON writer are
 * in the archive too. A crawl of a few pages of the sample site, served on loopback, adds the crawl's own classes.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every stage once (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {

    private static final int CRAWLED_PAGES = 24;

    @Option(names = "--native-dir", paramLabel = "DIR", description = "Also copy SQLite's native library for this"
            + " platform into DIR, where the launcher points later commands (see SqliteLibrary).")
    private Path nativeDir;

    @Override
    public Integer call() throws IOException, InvalidQueryException, NotHtmlException {
        Path dir = Files.createTempDirectory("chanye-warm-up");
        try {
            Path utf8 = page(dir, "page.html", StandardCharsets.UTF_8);
            Path gbk = page(dir, "page-gbk.html", Charset.forName("GBK"));
            run("extract", "--json", utf8.toString(), gbk.toString());
            Article article = new ContentExtractor().extract(PageReader.parse(
                    new RawPage("http://127.0.0.1/warm-up.html", Files.readAllBytes(utf8), "text/html", Instant.now())));
            index(article, dir.resolve("index"));
            crawl(dir.resolve("crawl"));
            if (nativeDir != null) {
                SqliteLibrary.copyTo(nativeDir);
            }
        } finally {
            Directories.deleteTree(dir);
        }
        return 0;
    }

    /** Runs a command as the command line would, its output dropped; one that fails ends the warm-up. */
    private static void run(String... args) {
        PrintWriter dropped = new PrintWriter(Writer.nullWriter());
        int exit = Main.commandLine(dropped, dropped).execute(args);
        if (exit != 0) {
            throw new IllegalStateException("warm-up: " + String.join(" ", args) + " exited with " + exit);
        }
    }

    /**
     * Crawls a few pages of the sample site, served on loopback, into a data folder under {@code dir}: the crawl's
     * own classes (HTTP client, crawl state, scheduler, indexing sink) load at the start of every crawl, when the
     * first pages wait for them.
     */
    private static void crawl(Path dir) throws IOException {
        try (SiteServer site = SiteServer.start(SampleSite::load)) {
            run("--data", dir.toString(), "-q", "crawl", "--seeds", site.baseUri().toString(), "--delay-ms", "0",
                    "--max-pages", String.valueOf(CRAWLED_PAGES), "--json");
        }
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
