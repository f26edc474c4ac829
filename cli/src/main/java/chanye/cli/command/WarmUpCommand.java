package chanye.cli.command;

import chanye.cli.Directories;
import chanye.cli.Main;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import chanye.crawler.page.NotHtmlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chanye warm-up} (hidden): runs the work of the main commands once, in a throw-away folder, so that the
 * launcher can record the classes a command loads into a class-data-sharing archive right after a build. Later
 * commands start from that archive, which cuts the JVM's start-up by a third or more.
 *
 * <p>Each command runs as the command line runs it, its output dropped: an {@code extract --json} of two saved pages,
 * one in UTF-8 and one in GBK (sniffing, decoding by declaration, parsing an inline SVG and a repeated attribute, as
 * real pages have, the threads of a batch and the JSON writer); a crawl's start-up preparation
 * ({@link CrawlPreparation}, which a command run this way does not start on its own); a {@code crawl} of a few pages
 * of the sample site, served on loopback (HTTP client, crawl state, scheduler, classifier, index writer); then a
 * {@code search} with a cluster filter and the {@code stats} of what the crawl indexed.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every stage once (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {

    private static final int CRAWLED_PAGES = 24;

    @Option(names = "--native-dir", paramLabel = "DIR", description = "Also copy SQLite's native library for this"
            + " platform into DIR, where the launcher points later commands (see SqliteLibrary).")
    private Path nativeDir;

    @Override
    public Integer call() throws IOException, NotHtmlException {
        Path dir = Files.createTempDirectory("chanye-warm-up");
        try {
            Path utf8 = page(dir, "page.html", StandardCharsets.UTF_8);
            Path gbk = page(dir, "page-gbk.html", Charset.forName("GBK"));
            run("extract", "--json", utf8.toString(), gbk.toString());
            CrawlPreparation.prepare();
            String data = dir.resolve("data").toString();
            crawl(data);
            run("--data", data, "search", "光伏 新能源", "--cluster", "new-energy", "--json");
            run("--data", data, "stats");
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
     * Crawls a few pages of the sample site, served on loopback, into the data folder {@code data}: the crawl's own
     * classes (HTTP client, crawl state, scheduler, classifier, indexing sink) load at the start of every crawl, when
     * the first pages wait for them.
     */
    private static void crawl(String data) throws IOException {
        try (SiteServer site = SiteServer.start(SampleSite::load)) {
            run("--data", data, "-q", "crawl", "--seeds", site.baseUri().toString(), "--delay-ms", "0",
                    "--max-pages", String.valueOf(CRAWLED_PAGES), "--json");
        }
    }

    private static Path page(Path dir, String name, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), SamplePage.in(charset));
    }
}
