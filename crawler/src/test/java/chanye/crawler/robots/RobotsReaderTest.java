package chanye.crawler.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.fetch.AddressClass;
import chanye.crawler.fetch.AddressGuard;
import chanye.crawler.fetch.OkHttpFetcher;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsReaderTest {

    private SiteServer site;
    private RobotsReader reader;

    @BeforeEach
    void start() throws Exception {
        site = new SiteServer();
        OkHttpFetcher fetcher = new OkHttpFetcher(Crawls.FAST, "chanye/0.1 (+https://example.org)",
                AddressGuard.allowing(Set.of(AddressClass.LOOPBACK)), Dns.SYSTEM);
        reader = new RobotsReader(fetcher, "chanye/0.1 (+https://example.org)", Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        site.close();
    }

    private void robots(String text) {
        site.serve("/robots.txt", Reply.bytes("text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void appliesTheGroupForOurAgentWithItsCrawlDelayAndSitemaps() {
        robots("User-agent: *\nDisallow: /\n\nUser-agent: chanye\nDisallow: /admin/\nCrawl-delay: 2\n\n"
                + "Sitemap: " + site.url("/sitemap_news.xml") + "\n");
        HostRules rules = reader.read(site.origin());
        assertTrue(rules.allows(site.url("/news/1.html")));
        assertFalse(rules.allows(site.url("/admin/login")));
        assertEquals(2000, rules.crawlDelayMs());
        assertEquals(0, rules.cappedFromMs());
        assertEquals(List.of(site.url("/sitemap_news.xml")), rules.sitemaps());
    }

    @Test
    void capsAbsurdCrawlDelays() {
        robots("User-agent: *\nCrawl-delay: 86400\n");
        HostRules rules = reader.read(site.origin());
        assertEquals(60_000, rules.crawlDelayMs());
        assertEquals(86_400_000, rules.cappedFromMs());
        assertTrue(rules.allows(site.url("/")));
    }

    @ParameterizedTest
    @CsvSource({"404, true", "403, true", "410, true"})
    void missingRobotsAllowsAll(int status, boolean allowed) {
        site.serve("/robots.txt", Reply.status(status));
        assertEquals(allowed, reader.read(site.origin()).allows(site.url("/news/1.html")));
    }

    @Test
    void productTokenIsTheAgentName() {
        assertEquals("chanye", RobotsReader.productToken("chanye/0.1 (+https://chanye.invalid/crawler)"));
        assertEquals("newsbot", RobotsReader.productToken("NewsBot"));
    }
}
