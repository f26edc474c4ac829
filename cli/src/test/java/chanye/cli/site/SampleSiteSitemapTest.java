package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import chanye.cli.site.SampleManifest.ArticleEntry;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleSiteSitemapTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void robotsTxtAnnouncesASitemapOfEveryArticleAtTheServersAddress() throws Exception {
        try (SiteServer server = SiteServer.start(SampleSite::load)) {
            HttpResponse<byte[]> robotsTxt = get(server.uri("/robots.txt"));
            BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(server.uri("/robots.txt").toString(),
                    robotsTxt.body(), "text/plain", List.of("chanye"));
            assertEquals(List.of(server.uri("/sitemap.xml").toString()), rules.getSitemaps());

            URI sitemapUri = URI.create(rules.getSitemaps().get(0));
            HttpResponse<byte[]> sitemap = get(sitemapUri);
            AbstractSiteMap parsed = new SiteMapParser().parseSiteMap(
                    sitemap.headers().firstValue("Content-Type").orElseThrow(), sitemap.body(), sitemapUri.toURL());
            Set<String> listed = assertInstanceOf(SiteMap.class, parsed).getSiteMapUrls().stream()
                    .map(SiteMapURL::getUrl).map(Object::toString).collect(Collectors.toSet());

            Set<String> articles = SampleSite.manifest().articles().stream()
                    .map(ArticleEntry::path).map(p -> server.uri(p).toString()).collect(Collectors.toSet());
            assertEquals(articles, listed);
            for (String url : listed) {
                assertEquals(200, get(URI.create(url)).statusCode(), url);
            }
        }
    }

    @Test
    void theSiteWithoutAnAddressHasNoSitemap() {
        Site site = SampleSite.load();
        assertFalse(site.page("/sitemap.xml").isPresent());
        assertFalse(SiteLinks.text(site.page("/robots.txt").orElseThrow()).contains("Sitemap"));
    }

    @Test
    void aSiteThatFailsToBuildLeavesNoPortBound() throws Exception {
        int[] port = new int[1];
        assertThrows(IllegalStateException.class, () -> SiteServer.start(base -> {
            port[0] = base.getPort();
            throw new IllegalStateException("broken resources");
        }));
        try (ServerSocket reuse = new ServerSocket(port[0])) {
            assertEquals(port[0], reuse.getLocalPort());
        }
    }

    private HttpResponse<byte[]> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
