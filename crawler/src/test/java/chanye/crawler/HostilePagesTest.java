package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.Bodies;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RawServer;
import chanye.crawler.testkit.RecordingListener;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import chanye.crawler.url.UrlFilter;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loopback site of hostile and broken pages (issue 8): each undeliverable page is counted as an error with its
 * reason within the configured bounds, each readable one is read, and the crawl goes on.
 */
class HostilePagesTest {

    private static final int CAP = 4 << 20;
    private static final CrawlLimits LIMITS = Crawls.FAST.withMaxBodyBytes(CAP)
            .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1));
    private static final String TEXT = "喀什地区红枣收购价格企稳，合作社加快分级包装，冷库周转率提高。";

    @TempDir
    Path data;

    private static String article(String text) {
        return NewsSite.page("边境贸易", "<div class=\"content\"><p>" + text + "</p></div>");
    }

    @Test
    void hostilePagesAreErrorsWithReasonsAndReadablePagesAreRead() throws Exception {
        Charset gbk = Charset.forName("GBK");
        try (SiteServer site = new SiteServer();
             RawServer silent = new RawServer(RawServer.Behaviour.SILENT);
             RawServer reset = new RawServer(RawServer.Behaviour.RESET);
             RawServer truncated = new RawServer(RawServer.Behaviour.TRUNCATED);
             RawServer endless = new RawServer(RawServer.Behaviour.ENDLESS)) {
            String cut = article(TEXT + "一");
            site.serve("/markup-cut.html", Reply.html(cut.substring(0, cut.indexOf("</p>") + 2)));
            site.serve("/nested.html", Reply.html(Bodies.nested(200_000)));
            site.serve("/huge.html", Reply.bytes("text/html", new byte[50 << 20]));
            site.serve("/bomb.html", Reply.bytes("text/html", Bodies.gzipBomb(50 << 20))
                    .with("Content-Encoding", "gzip"));
            site.serve("/gbk-called-latin1.html", Reply.encoded(article(TEXT + "二"), gbk,
                    "text/html; charset=iso-8859-1"));
            site.serve("/gbk-undeclared.html", Reply.encoded(article(TEXT + "三").replace("<meta charset=\"utf-8\">", ""),
                    gbk, "text/html"));
            site.serve("/nul.html", Reply.html(article(TEXT + "四").replace("，", "\0，")));
            site.serve("/binary.html", Reply.bytes("text/html", Bodies.binary(64 << 10)));
            site.serve("/loop", Reply.redirect("/loop2"));
            site.serve("/loop2", Reply.redirect("/loop"));
            site.serve("/to-file", Reply.redirect("file:///etc/passwd"));
            site.serve("/to-ftp", Reply.redirect("ftp://127.0.0.1/pub/"));
            site.serve("/to-js", Reply.redirect("javascript:alert(document.cookie)"));

            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(site.url("/huge.html"), "body over " + CAP + " bytes (Content-Length 52428800)");
            errors.put(site.url("/bomb.html"), "body over " + CAP + " bytes");
            errors.put(site.url("/binary.html"), "binary data served as text/html");
            errors.put(site.url("/loop"), "more than 10 redirects");
            errors.put(site.url("/to-file"), "redirect to file: refused");
            errors.put(site.url("/to-ftp"), "redirect to ftp: refused");
            errors.put(site.url("/to-js"), "redirect to javascript: refused");
            errors.put(silent.url("/news.html"), "timeout");
            errors.put(reset.url("/news.html"), "network error");
            errors.put(truncated.url("/news.html"), "network error");
            errors.put(endless.url("/news.html"), "timeout");
            List<String> readable = List.of("/markup-cut.html", "/nested.html", "/gbk-called-latin1.html",
                    "/gbk-undeclared.html", "/nul.html");
            List<String> links = new ArrayList<>(errors.keySet());
            readable.forEach(p -> links.add(site.url(p)));
            StringBuilder index = new StringBuilder();
            links.forEach(l -> index.append("<a href=\"").append(l).append("\">链接</a>"));
            site.serve("/", Reply.html(NewsSite.page("首页", index.toString())));

            RecordingSink sink = new RecordingSink();
            RecordingListener listener = new RecordingListener();
            CrawlConfig config = CrawlConfig.builder(data).seeds(site.url("/")).maxPages(100).maxDepth(2).delayMs(0)
                    .build();
            long start = System.nanoTime();
            CrawlSummary summary = new Crawler(config, new TestExtractor(), listener, LIMITS).run(sink);
            long ms = (System.nanoTime() - start) / 1_000_000;

            errors.forEach((url, reason) -> assertTrue(listener.errors.getOrDefault(url, "").startsWith(reason),
                    url + ": " + listener.errors.get(url)));
            assertEquals(errors.size(), summary.errors(), listener.errors.toString());
            assertEquals(readable.size(), summary.indexed(), sink.stored().toString());
            for (var a : sink.accepted()) {
                assertFalse(a.article().body().contains("\0"), a.url());
                if (!a.url().endsWith("/nested.html")) {
                    assertTrue(a.article().body().replace("\0", "").replace("\uFFFD", "").contains("喀什地区红枣"),
                            a.url() + ": " + a.article().body());
                }
            }
            assertTrue(ms < 20_000, "bounded by the timeouts: " + ms + " ms");
        }
    }

    @Test
    void linksAndRedirectsInwardAreRefusedAndCounted() throws Exception {
        Dns dns = host -> switch (host) {
            case "intranet.test" -> List.of(InetAddress.getByName("10.0.0.5"));
            case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
            default -> Dns.SYSTEM.lookup(host);
        };
        try (SiteServer site = new SiteServer()) {
            List<String> inward = List.of("http://intranet.test/admin", "http://metadata.test/latest/meta-data/",
                    "http://169.254.169.254/latest/meta-data/iam/", "http://[fd00::1]/", "http://192.168.1.1/",
                    site.url("/redirect-inward"));
            site.serve("/redirect-inward", Reply.redirect("http://10.9.8.7/internal"));
            StringBuilder links = new StringBuilder();
            inward.forEach(u -> links.append("<a href=\"").append(u).append("\">内网</a>"));
            site.serve("/", Reply.html(NewsSite.page("首页", links.toString())));
            CrawlConfig config = CrawlConfig.builder(data).seeds(site.url("/")).maxPages(100).maxDepth(2).delayMs(0)
                    .concurrency(2).followExternal(true).build();
            RecordingListener listener = new RecordingListener();

            CrawlSummary summary = new Crawler(config, new TestExtractor(), listener, Crawls.FAST,
                    Crawler.httpFetcher(config, Crawls.FAST, dns), UrlFilter.all()).run(new RecordingSink());

            assertEquals(inward.size(), summary.errors(), listener.errors.toString());
            for (String url : inward) {
                assertTrue(listener.errors.get(url).startsWith("refused "), url + ": " + listener.errors.get(url));
            }
            assertEquals(Set.of("/", "/robots.txt", "/sitemap.xml", "/redirect-inward"),
                    Set.copyOf(site.hits().stream().map(SiteServer.Hit::path).toList()));
        }
    }
}
