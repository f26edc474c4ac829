package chanye.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code chanye crawl} processes killed and interrupted mid-crawl: a resumed crawl ends with exactly the
 * documents of an uninterrupted one, none lost and none twice, in an index that passes CheckIndex.
 *
 * <p>The site answers each request after a short pause so that a crawl lasts long enough to be killed many times.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 500;
    private static final Duration PAUSE_PER_REQUEST = Duration.ofMillis(5);
    /** Slow enough that a crawl outlasts its first commit by many seconds. */
    private static final Duration SLOW_PAUSE_PER_REQUEST = Duration.ofMillis(50);
    private static final int KILLS = 10;
    private static final long SEED = 20261129L;

    private static GeneratedSite site;
    private static SiteServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void serveGeneratedSite() throws IOException {
        site = GeneratedSite.generate(ARTICLES, SEED);
        server = SiteServer.start(site.site(), PAUSE_PER_REQUEST);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private String[] crawl(Path data, boolean resume) {
        return crawl(server, data, resume);
    }

    private static String[] crawl(SiteServer server, Path data, boolean resume) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "crawl", "--seeds",
                server.baseUri().toString(), "--delay-ms", "0", "--max-pages", "5000", "--json"));
        if (resume) {
            args.add("--resume");
        }
        return args.toArray(String[]::new);
    }

    private static Set<String> expectedArticleUrls() {
        URI base = server.baseUri();
        return site.articles().keySet().stream().map(path -> base.resolve(path).toString())
                .collect(Collectors.toSet());
    }

    private static void assertExactlyTheArticles(Path data) throws IOException {
        List<String> urls = IndexContents.urls(data.resolve("index"));
        assertEquals(urls.size(), new HashSet<>(urls).size(), "a document is stored twice");
        assertEquals(expectedArticleUrls(), new HashSet<>(urls));
        assertEquals("clean", IndexContents.check(data.resolve("index")));
    }

    @Test
    void killedAtRandomPointsAndResumedLosesAndDuplicatesNothing() throws Exception {
        Path data = work.resolve("data");
        Random random = new Random(SEED);
        for (int kill = 0; kill < KILLS; kill++) {
            ChanyeProcess crawl = ChanyeProcess.start(work.resolve("logs"), crawl(data, kill > 0));
            awaitRequests(server, crawl, 1 + random.nextInt(120));
            crawl.kill();
        }
        ChanyeProcess finish = ChanyeProcess.start(work.resolve("logs"), crawl(data, true));
        assertEquals(0, finish.waitFor(120), finish.stderr());
        assertExactlyTheArticles(data);
    }

    @Test
    void ctrlCFinishesTheCrawlInHandAndExits130WithHowToResume() throws Exception {
        Path data = work.resolve("data");
        ChanyeProcess crawl = ChanyeProcess.start(work.resolve("logs"), crawl(data, false));
        awaitRequests(server, crawl, 40);
        crawl.interrupt();
        assertEquals(130, crawl.waitFor(60), crawl.stderr());
        assertTrue(crawl.stderr().contains("crawl --resume"), crawl.stderr());
        assertTrue(crawl.stdout().contains("\"indexed\""), "no summary: " + crawl.stdout());
        assertEquals("clean", IndexContents.check(data.resolve("index")));
        List<String> partial = IndexContents.urls(data.resolve("index"));
        assertTrue(expectedArticleUrls().containsAll(partial));
        assertTrue(partial.size() < ARTICLES, "Ctrl-C came too late to test anything");

        CliRun resumed = CliRun.of(crawl(data, true));
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertExactlyTheArticles(data);
    }

    @Test
    void aSecondCrawlIsRefusedAndSearchWorksWhileACrawlWrites() throws Exception {
        Path data = work.resolve("data");
        try (SiteServer slow = SiteServer.start(site.site(), SLOW_PAUSE_PER_REQUEST)) {
            ChanyeProcess crawl = ChanyeProcess.start(work.resolve("logs"), crawl(slow, data, false));
            try {
                CliRun search = awaitFirstSearchableArticle(data, crawl);
                assertEquals(0, search.exitCode(), search.err());
                assertTrue(crawl.isAlive(), "the crawl ended too soon to test concurrency");
                CliRun second = CliRun.of(crawl(slow, data, false));
                assertEquals(1, second.exitCode(), second.err());
                assertTrue(second.err().contains("in use"), second.err());
                assertEquals(1, second.err().lines().count(), second.err());
            } finally {
                crawl.kill();
            }
        }
    }

    /** Waits until the site has answered {@code count} more requests, so the crawl is under way. */
    private static void awaitRequests(SiteServer server, ChanyeProcess crawl, int count) throws Exception {
        int target = server.totalRequests() + count;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.totalRequests() < target) {
            assertTrue(crawl.isAlive(), "the crawl ended: " + crawl.stderr());
            assertTrue(System.nanoTime() < deadline, "the crawl made no progress in 60 s: " + crawl.stderr());
            Thread.sleep(5);
        }
    }

    private static CliRun awaitFirstSearchableArticle(Path data, ChanyeProcess crawl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            CliRun stats = CliRun.of("--data", data.toString(), "stats", "--json");
            if (stats.exitCode() == 0 && !stats.out().contains("\"documents\":0")) {
                return CliRun.of("--data", data.toString(), "search", "新疆", "--json");
            }
            assertTrue(crawl.isAlive(), "the crawl ended: " + crawl.stderr());
            Thread.sleep(200);
        }
        throw new AssertionError("no article became searchable within 60 s");
    }
}
