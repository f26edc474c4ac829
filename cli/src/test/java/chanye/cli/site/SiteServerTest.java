package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteServerTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String GBK_TEXT = "<html><body><h1>伊犁河谷冬小麦开镰</h1></body></html>";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SiteServer server;

    @BeforeEach
    void start() throws IOException {
        Site site = Site.builder()
                .add("/a.html", SitePage.html("<html><body>准东露天煤矿</body></html>", StandardCharsets.UTF_8, true))
                .add("/gbk.html", SitePage.html(GBK_TEXT, GBK, true))
                .add("/gbk-bare.html", SitePage.html(GBK_TEXT, GBK, false))
                .add("/old.html", SitePage.redirect(301, "/a.html"))
                .add("/robots.txt", SitePage.text("User-agent: *\nDisallow: /admin/\n", "text/plain"))
                .build();
        server = SiteServer.start(site);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackAtAFreePort() {
        URI base = server.baseUri();
        assertEquals("127.0.0.1", base.getHost());
        assertTrue(base.getPort() > 0);
        assertEquals("/", base.getPath());
    }

    @Test
    void servesTheExactBytesAndContentType() throws Exception {
        HttpResponse<byte[]> response = get("/a.html");
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(server.site().page("/a.html").orElseThrow().body(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gbk.html", "/gbk-bare.html"})
    void gbkPagesArriveAsGbkBytesThatGb18030Decodes(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertArrayEquals(GBK_TEXT.getBytes(GBK), response.body());
        assertEquals(GBK_TEXT, new String(response.body(), GB18030));
    }

    @Test
    void declaresGbkInTheHeaderOnlyWhenAsked() throws Exception {
        assertEquals("text/html; charset=GBK", get("/gbk.html").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/html", get("/gbk-bare.html").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void servesRobotsTxtAsPlainText() throws Exception {
        HttpResponse<byte[]> response = get("/robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("Disallow: /admin/"));
    }

    @Test
    void redirectsWithLocation() throws Exception {
        HttpResponse<byte[]> response = get("/old.html");
        assertEquals(301, response.statusCode());
        assertEquals("/a.html", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownPathsAre404AndStillCounted() throws Exception {
        assertEquals(404, get("/nope.html").statusCode());
        assertEquals(1, server.requestCount("/nope.html"));
    }

    @Test
    void ignoresTheQueryWhenServingAndCounting() throws Exception {
        assertEquals(200, get("/a.html?from=list&page=2").statusCode());
        assertEquals(1, server.requestCount("/a.html"));
    }

    @Test
    void answersHeadWithoutBodyAndRefusesOtherMethods() throws Exception {
        HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(server.uri("/a.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        HttpResponse<byte[]> post = client.send(HttpRequest.newBuilder(server.uri("/a.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());
    }

    @Test
    void countsConcurrentRequestsExactly() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String path = t % 2 == 0 ? "/a.html" : "/gbk.html";
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        ok += get(path).statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(perThread, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of("/a.html", 100, "/gbk.html", 100), server.requestCounts());
        assertEquals(threads * perThread, server.totalRequests());
    }

    @Test
    void closeFreesThePort() {
        URI uri = server.uri("/a.html");
        server.close();
        assertThrows(ConnectException.class, () -> client.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
