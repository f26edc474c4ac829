package chanye.crawler.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlListener;
import chanye.crawler.Crawler;
import chanye.crawler.archive.WarcFiles.Captured;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.testkit.Bodies;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Crawls of loopback sites with the WARC archive on, read back with jwarc: one response record per response the
 * crawl fetched for a page, none for robots.txt, each with its request; what the crawl read, byte for byte.
 */
class WarcArchiveTest {

    private static final String USER_AGENT = "chanye-test/1.0";
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] GBK_PAGE = NewsSite.page("棉花产业", "<p>阿克苏棉花产业调度会召开</p>")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">").getBytes(GBK);
    private static final byte[] ZIPPED_PAGE = NewsSite.page("光伏", "<p>哈密光伏项目并网</p>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TARGET_PAGE = NewsSite.page("煤炭", "<p>煤炭保供</p>").getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path temp;
    private static SiteServer site;
    private static List<Captured> records;
    private static List<SiteServer.Hit> hits;

    @BeforeAll
    static void crawlWithTheArchiveOn() throws IOException {
        site = new SiteServer();
        site.serve("/robots.txt", Reply.bytes("text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/gbk.html\">一</a><a href=\"/zipped.html\">二</a>"
                + "<a href=\"/moved\">三</a><a href=\"/missing.html\">四</a><a href=\"/report.pdf\">五</a>")));
        site.serve("/gbk.html", Reply.bytes("text/html; charset=GBK", GBK_PAGE));
        site.serve("/zipped.html", Reply.bytes("text/html; charset=utf-8", Bodies.gzip(ZIPPED_PAGE))
                .with("Content-Encoding", "gzip"));
        site.serve("/moved", Reply.redirect("/target.html"));
        site.serve("/target.html", Reply.bytes("text/html; charset=utf-8", TARGET_PAGE));
        site.serve("/report.pdf", Reply.bytes("application/pdf", Bodies.binary(5_000)));
        Path warc = Files.createDirectory(temp.resolve("warc"));
        crawl(Crawls.config(temp.resolve("data"), site.url("/")), new WarcArchive(warc, USER_AGENT));
        records = WarcFiles.records(warc);
        hits = site.hits();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void crawl(CrawlConfig config, WarcArchive archive) throws IOException {
        try (archive) {
            new Crawler(withUserAgent(config), new TestExtractor(), CrawlListener.NONE, Crawls.FAST, archive)
                    .run(new RecordingSink());
        }
    }

    private static CrawlConfig withUserAgent(CrawlConfig c) {
        return c.toBuilder().userAgent(USER_AGENT).build();
    }

    private static Captured responseFor(List<Captured> records, String url) {
        List<Captured> found = WarcFiles.ofType(records, "response").stream().filter(r -> r.target().equals(url))
                .toList();
        assertEquals(1, found.size(), url);
        return found.get(0);
    }

    @Test
    void oneResponseRecordPerFetchedPageAtItsFinalUrlAndNoneForRobotsTxt() {
        List<String> expected = new ArrayList<>();
        for (SiteServer.Hit hit : hits) {
            if (!hit.path().equals("/robots.txt") && !hit.path().equals("/moved")) {
                expected.add(site.url(hit.path()));
            }
        }
        List<String> targets = WarcFiles.ofType(records, "response").stream().map(Captured::target).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), targets);
        assertTrue(targets.contains(site.url("/target.html")), "the final URL of the redirect");
        assertTrue(targets.contains(site.url("/sitemap.xml")), "the sitemap probe, answered 404");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/gbk.html     | 200 | text/html; charset=GBK   | GBK_PAGE",
        "/zipped.html  | 200 | text/html; charset=utf-8 | ZIPPED_PAGE",
        "/target.html  | 200 | text/html; charset=utf-8 | TARGET_PAGE",
        "/missing.html | 404 | -                        | -",
        "/report.pdf   | 200 | application/pdf          | -",
    })
    void aResponseRecordHoldsTheStatusHeadersAndBodyTheCrawlRead(String path, int status, String contentType,
                                                                 String page) throws Exception {
        byte[] body = page == null ? new byte[0] : Map.of("GBK_PAGE", GBK_PAGE, "ZIPPED_PAGE", ZIPPED_PAGE,
                "TARGET_PAGE", TARGET_PAGE).get(page);
        Captured response = responseFor(records, site.url(path));
        assertEquals("WARC/1.1", response.version());
        assertEquals(status, response.status());
        assertEquals(contentType, response.header("Content-Type"));
        assertArrayEquals(body, response.body());
        assertEquals(String.valueOf(body.length), response.header("Content-Length"));
        assertNull(response.header("Content-Encoding"));
        assertNull(response.header("Transfer-Encoding"));
        assertEquals("127.0.0.1", response.ip());
        if (page == null) {
            assertEquals(WarcTruncationReason.UNSPECIFIED, response.truncated(), "a body the crawl did not read");
            assertTrue(response.payloadDigest().isEmpty());
        } else {
            assertEquals(WarcTruncationReason.NOT_TRUNCATED, response.truncated());
            assertEquals(new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(body)),
                    response.payloadDigest().orElseThrow());
        }
    }

    @Test
    void eachResponseIsFollowedByTheRequestThatLedToIt() {
        for (int i = 0; i < records.size(); i++) {
            Captured response = records.get(i);
            if (!response.type().equals("response")) {
                continue;
            }
            Captured request = records.get(i + 1);
            assertEquals("request", request.type());
            assertEquals(List.of(response.id()), request.concurrentTo());
            assertEquals(response.target(), request.target());
            assertEquals("GET " + response.target().substring(site.origin().length()), request.requestLine());
            assertEquals(USER_AGENT, request.header("User-Agent"));
            assertEquals(site.origin().substring("http://".length()), request.header("Host"));
        }
        assertEquals(WarcFiles.ofType(records, "response").size(), WarcFiles.ofType(records, "request").size());
    }

    @Test
    void aFileStartsWithItsWarcinfo() throws IOException {
        Captured info = records.get(0);
        assertEquals("warcinfo", info.type());
        assertTrue(info.text().contains("software: chanye"), info.text());
        assertTrue(info.text().contains("format: WARC File Format 1.1"), info.text());
        assertTrue(info.text().contains("http-header-user-agent: " + USER_AGENT), info.text());
        assertEquals(1, WarcFiles.files(temp.resolve("warc")).size());
        assertTrue(WarcFiles.files(temp.resolve("warc")).get(0).getFileName().toString()
                .matches("chanye-\\d{14}-00000\\.warc\\.gz"));
    }

    @Test
    void filesRollOverAtTheCapEachStartingWithWarcinfo(@TempDir Path dir) throws IOException {
        crawl(Crawls.config(dir.resolve("data"), site.url("/")), new WarcArchive(dir, USER_AGENT, 1));
        List<Path> files = WarcFiles.files(dir);
        assertTrue(files.size() > 1, files.toString());
        for (int i = 0; i < files.size(); i++) {
            assertTrue(files.get(i).getFileName().toString().matches("chanye-\\d{14}-" + "%05d".formatted(i)
                    + "\\.warc\\.gz"), files.get(i).toString());
            List<String> types = WarcFiles.records(files.get(i), false).stream().map(Captured::type).toList();
            assertEquals(List.of("warcinfo", "response", "request"), types, files.get(i).toString());
        }
        assertEquals(WarcFiles.ofType(records, "response").size(), files.size(), "one response per file");
    }

    @Test
    void workersOnTwoHostsWriteWholeRecordsThatRollOver(@TempDir Path dir) throws IOException {
        Map<String, byte[]> served = new ConcurrentHashMap<>();
        try (SiteServer one = new SiteServer(); SiteServer two = new SiteServer()) {
            for (SiteServer server : List.of(one, two)) {
                StringBuilder links = new StringBuilder();
                for (int p = 1; p <= 40; p++) {
                    String path = "/page/" + p + ".html";
                    links.append("<a href=\"").append(path).append("\">").append(p).append("</a>");
                    byte[] body = NewsSite.page(server.origin() + path, ("<p>" + server.origin() + path + "</p>")
                            .repeat(200)).getBytes(StandardCharsets.UTF_8);
                    server.serve(path, Reply.bytes("text/html; charset=utf-8", body));
                    served.put(server.url(path), body);
                }
                server.serve("/", Reply.html(NewsSite.page("首页", links.toString())));
            }
            CrawlConfig two4 = CrawlConfig.builder(dir.resolve("data")).seeds(one.url("/"), two.url("/")).maxDepth(2)
                    .delayMs(0).build();
            Path warc = Files.createDirectory(dir.resolve("warc"));
            crawl(two4, new WarcArchive(warc, USER_AGENT, 20_000));

            List<Captured> all = WarcFiles.records(warc);
            assertTrue(WarcFiles.files(warc).size() > 1, "rolled over");
            Map<String, byte[]> archived = new HashMap<>();
            for (Captured response : WarcFiles.ofType(all, "response")) {
                if (served.containsKey(response.target())) {
                    assertFalse(archived.containsKey(response.target()), "archived twice: " + response.target());
                    archived.put(response.target(), response.body());
                    assertArrayEquals(served.get(response.target()), response.body(), response.target());
                }
            }
            assertEquals(served.keySet(), archived.keySet());
            assertEquals(WarcFiles.ofType(all, "response").size(), WarcFiles.ofType(all, "request").size());
        }
    }

    @Test
    void aKilledCrawlLeavesEveryRecordButTheOneBeingWrittenReadable(@TempDir Path dir) throws IOException {
        WarcArchive archive = new WarcArchive(dir, USER_AGENT);
        for (int i = 1; i <= 3; i++) {
            archive.keep(new FetchResponse(200, "http://example.org/" + i + ".html", "text/html", "text/html",
                    ("<p>" + i + "</p>").getBytes(StandardCharsets.UTF_8), null, -1));
        }
        Path written = WarcFiles.files(dir).get(0);
        Path cut = dir.resolve("cut.warc.gz");
        byte[] bytes = Files.readAllBytes(written);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 10));

        List<String> types = WarcFiles.records(cut, true).stream().map(Captured::type).toList();
        assertEquals(List.of("warcinfo", "response", "request", "response", "request", "response"), types);
        archive.close();
    }

    @Test
    void aFailedWriteEndsTheCrawlNamingTheFileAndRefusesLaterRecords(@TempDir Path dir) throws IOException {
        Path gone = dir.resolve("gone");
        WarcArchive archive = new WarcArchive(gone, USER_AGENT);
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> crawl(Crawls.config(dir.resolve("data"), site.url("/")), archive));
        assertEquals(gone, e.file().getParent());
        assertTrue(e.getMessage().startsWith("cannot write WARC file " + e.file()), e.getMessage());
        assertTrue(e.file().getFileName().toString().endsWith(".warc.gz"), e.getMessage());
        ArchiveException later = assertThrows(ArchiveException.class, () -> archive.keep(new FetchResponse(200,
                site.url("/"), "text/html", "text/html", new byte[0], null, -1)));
        assertEquals(e.file(), later.file());
    }
}
