package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import chanye.crawler.discover.PageLinks;
import chanye.crawler.testkit.HostileUrls;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of generated hostile URLs through the normaliser and the scope filter, as the crawl puts every
 * link it finds: nothing throws, and what comes out is a URL the crawl can use.
 */
class HostileUrlFuzzTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final ScopeFilter scope = new ScopeFilter(Set.of("news.example.cn", "xn--efvy88h.xn--fiqs8s"), false,
            List.of("/"), List.of("/ad/"), 5);

    @Test
    void noAbsoluteUrlMakesTheNormaliserOrTheScopeFilterThrow() {
        for (String url : new HostileUrls(16).absolute(30_000)) {
            check(url);
        }
    }

    @Test
    void noLinkOnAPageMakesLinkDiscoveryTheNormaliserOrTheScopeFilterThrow() {
        HostileUrls hostile = new HostileUrls(1616);
        for (int page = 0; page < 10; page++) {
            Document document = Jsoup.parse("<html><body></body></html>", "http://news.example.cn/zt/p%2d1/list_2.html");
            for (String href : hostile.hrefs(1_000)) {
                Element a = document.body().appendElement("a");
                a.attr("href", href);
            }
            for (String link : PageLinks.of(document).links()) {
                check(link);
            }
        }
    }

    private void check(String url) {
        String normal;
        try {
            normal = normalizer.normalize(url);
            scope.accept(url, 1);
            ScopeFilter.hostOf(url);
            UrlKeys.queueKey(url);
        } catch (RuntimeException e) {
            throw new AssertionError("threw on " + printable(url), e);
        }
        if (normal == null) {
            return;
        }
        try {
            scope.accept(normal, 1);
            assertNotNull(ScopeFilter.hostOf(normal), () -> "no host in " + normal);
            assertNotNull(UrlKeys.queueKey(normal), () -> "no queue key for " + normal);
            assertEquals(normal, normalizer.normalize(normal), () -> "not stable: " + printable(url).substring(0, Math.min(200, printable(url).length())));
            assertTrue(normal.chars().allMatch(c -> c > 0x20 && c < 0x7F), () -> "not printable ASCII: " + normal);
            assertTrue(normal.indexOf('#') < 0, () -> "kept a fragment: " + normal);
        } catch (RuntimeException e) {
            fail("threw on the normal form " + normal + " of " + printable(url), e);
        }
    }

    private static String printable(String url) {
        StringBuilder out = new StringBuilder();
        url.codePoints().limit(200).forEach(c -> out.append(c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
