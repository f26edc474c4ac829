package chanye.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.CrawlLimits;
import chanye.crawler.testkit.Bodies;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.RawServer;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OkHttpFetcherTest {

    private static final int CAP = 1 << 20;
    /** The first byte a TLS client sends: the content type of a handshake record. */
    private static final int TLS_HANDSHAKE_RECORD = 0x16;
    private static final Dns TEST_DNS = host -> switch (host) {
        case "intranet.test" -> List.of(InetAddress.getByName("10.0.0.5"));
        case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
        default -> Dns.SYSTEM.lookup(host);
    };

    private SiteServer site;
    private OkHttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new SiteServer();
        CrawlLimits limits = Crawls.FAST.withMaxBodyBytes(CAP);
        fetcher = new OkHttpFetcher(limits, "chanye-test/1.0",
                AddressGuard.allowing(Set.of(AddressClass.LOOPBACK)), TEST_DNS);
    }

    @AfterEach
    void close() {
        site.close();
    }

    private FetchResponse get(String url) throws FetchException {
        return fetcher.fetch(new FetchRequest(url, Validators.NONE, type -> type.equals("text/html")));
    }

    @Test
    void readsRawBytesAndHeaders() throws Exception {
        byte[] gbk = "<p>棉花收购</p>".getBytes("GBK");
        site.serve("/a.html", Reply.bytes("text/html; charset=gbk", gbk).with("ETag", "\"v1\""));
        FetchResponse r = get(site.url("/a.html"));
        assertEquals(200, r.status());
        assertEquals("text/html", r.mediaType());
        assertArrayEquals(gbk, r.body());
        assertEquals("\"v1\"", r.validators().etag());
        assertEquals("chanye-test/1.0", site.hits("/a.html").get(0).headers().get("user-agent"));
    }

    @Test
    void speaksTlsToAnHttpsUrlAndPlainHttpToAnHttpUrl() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
                try (Socket client = server.accept()) {
                    return client.getInputStream().read();
                } catch (IOException e) {
                    return -1;
                }
            });
            assertThrows(FetchException.class, () -> get("https://127.0.0.1:" + server.getLocalPort() + "/a.html"));
            assertEquals(TLS_HANDSHAKE_RECORD, firstByte.get(5, TimeUnit.SECONDS));
        }
        site.serve("/a.html", Reply.html("<p>新址</p>"));
        assertEquals(200, get(site.url("/a.html")).status());
    }

    @Test
    void followsRedirectsToTheFinalUrl() throws Exception {
        site.serve("/old", Reply.redirect("/mid")).serve("/mid", Reply.redirect(site.url("/new")))
                .serve("/new", Reply.html("<p>新址</p>"));
        FetchResponse r = get(site.url("/old"));
        assertEquals(site.url("/new"), r.finalUrl());
        assertEquals(200, r.status());
    }

    @Test
    void redirectLoopsEndAtTheBound() {
        site.serve("/loop", Reply.redirect("/loop?again"));
        site.serve("/loop?again", Reply.redirect("/loop"));
        FetchException e = assertThrows(FetchException.class, () -> get(site.url("/loop")));
        assertTrue(e.getMessage().contains("redirects"), e.getMessage());
        assertFalse(e.isTransient());
        assertEquals(Crawls.FAST.maxRedirects() + 1, site.hits().size());
    }

    @Test
    void aRedirectTheRequestRefusesIsNotFollowed() {
        site.serve("/go", Reply.redirect("/mid")).serve("/mid", Reply.redirect("/private/page"))
                .serve("/private/page", Reply.html("<p>内部</p>"));
        FetchRequest request = new FetchRequest(site.url("/go"), Validators.NONE, type -> true,
                target -> !target.contains("/private/"));

        RedirectRefusedException e = assertThrows(RedirectRefusedException.class, () -> fetcher.fetch(request));

        assertEquals(site.url("/private/page"), e.target());
        assertFalse(e.isTransient());
        assertEquals(List.of("/go", "/mid"), site.hits().stream().map(SiteServer.Hit::path).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://files.example.cn/a.txt", "javascript:alert(1)",
        "JavaScript:void(0)", "data:text/html,hi"})
    void redirectsToOtherSchemesAreRefused(String target) {
        site.serve("/go", Reply.redirect(target));
        FetchException e = assertThrows(FetchException.class, () -> get(site.url("/go")));
        assertTrue(e.getMessage().startsWith("redirect to "), e.getMessage());
    }

    @Test
    void statusesComeBackWithoutBodies() throws Exception {
        site.serve("/busy", Reply.status(429).with("Retry-After", "3"));
        site.serve("/broken", new Reply(500, java.util.Map.of("Content-Type", "text/html"),
                "<p>服务器错误</p>".getBytes(StandardCharsets.UTF_8), 0));
        FetchResponse busy = get(site.url("/busy"));
        assertEquals(429, busy.status());
        assertEquals(3000, busy.retryAfterMs());
        FetchResponse broken = get(site.url("/broken"));
        assertEquals(500, broken.status());
        assertNull(broken.body());
        assertEquals(404, get(site.url("/missing")).status());
    }

    @Test
    void unwantedTypesAreNotRead() throws Exception {
        site.serve("/report.pdf", Reply.bytes("application/pdf", Bodies.binary(4096)));
        FetchResponse r = get(site.url("/report.pdf"));
        assertEquals("application/pdf", r.mediaType());
        assertNull(r.body());
    }

    @Test
    void sendsValidatorsForConditionalFetches() throws Exception {
        site.serve("/a.html", Reply.status(304));
        FetchResponse r = fetcher.fetch(new FetchRequest(site.url("/a.html"),
                new Validators("\"v1\"", "Sat, 28 Nov 2026 08:00:00 GMT"), type -> true));
        assertEquals(304, r.status());
        assertEquals("\"v1\"", site.hits().get(0).headers().get("if-none-match"));
        assertEquals("Sat, 28 Nov 2026 08:00:00 GMT", site.hits().get(0).headers().get("if-modified-since"));
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        site.serve("/big.html", Reply.bytes("text/html", new byte[3 * CAP]));
        FetchException e = assertThrows(FetchException.class, () -> get(site.url("/big.html")));
        assertTrue(e.getMessage().startsWith("body over " + CAP), e.getMessage());
    }

    @Test
    void gzipBombsStopWhileInflating() {
        byte[] bomb = Bodies.gzipBomb(40 * CAP);
        assertTrue(bomb.length < CAP / 4, "small on the wire: " + bomb.length);
        site.serve("/bomb.html", Reply.bytes("text/html", bomb).with("Content-Encoding", "gzip"));
        FetchException e = assertThrows(FetchException.class, () -> get(site.url("/bomb.html")));
        assertEquals("body over " + CAP + " bytes", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = RawServer.Behaviour.class, mode = EnumSource.Mode.EXCLUDE, names = "CLOSES_AFTER_ANSWER")
    void brokenServersFailWithinTheTimeouts(RawServer.Behaviour behaviour) throws Exception {
        try (RawServer raw = new RawServer(behaviour)) {
            long start = System.nanoTime();
            FetchException e = assertThrows(FetchException.class, () -> get(raw.url("/page.html")));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < Crawls.FAST.callTimeout().toMillis() + 3000, behaviour + " took " + ms + " ms");
            assertTrue(e.isTransient(), behaviour + ": " + e.getMessage());
        }
    }

    @Test
    void aServerThatClosesEveryConnectionIsFetchedAgainAndAgain() throws Exception {
        try (RawServer raw = new RawServer(RawServer.Behaviour.CLOSES_AFTER_ANSWER)) {
            for (int i = 0; i < 5; i++) {
                FetchResponse r = get(raw.url("/page" + i + ".html"));
                assertEquals(200, r.status(), "fetch " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://intranet.test/", "http://metadata.test/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/", "http://10.1.1.1/", "http://[::ffff:10.0.0.1]/",
        "http://[fd00::1]/", "http://192.168.0.1:8080/admin"})
    void refusesInwardAddresses(String url) {
        FetchException e = assertThrows(FetchException.class, () -> get(url));
        assertTrue(e.getMessage().startsWith("refused "), e.getMessage());
        assertFalse(e.isTransient());
    }

    @Test
    void refusesRedirectsInward() {
        site.serve("/out", Reply.redirect("http://intranet.test/secret"));
        FetchException e = assertThrows(FetchException.class, () -> get(site.url("/out")));
        assertEquals("refused private address 10.0.0.5 for intranet.test", e.getMessage());
    }
}
