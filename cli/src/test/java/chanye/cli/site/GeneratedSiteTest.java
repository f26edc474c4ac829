package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedSiteTest {

    private static final List<String> DISALLOWED = List.of("/admin/", "/search", "/go/");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    @Test
    void theSameSeedGivesTheSameBytes() {
        GeneratedSite first = GeneratedSite.generate(60, 123L);
        GeneratedSite second = GeneratedSite.generate(60, 123L);
        assertEquals(List.copyOf(first.site().paths()), List.copyOf(second.site().paths()));
        for (String path : first.site().paths()) {
            assertEquals(first.site().page(path), second.site().page(path), path);
        }
    }

    @Test
    void anotherSeedGivesAnotherSite() {
        assertNotEquals(GeneratedSite.generate(30, 1L), GeneratedSite.generate(30, 2L));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "20, 1", "21, 2", "95, 5"})
    void hasEveryArticleAndItsListPages(int articles, int listPages) {
        GeneratedSite generated = GeneratedSite.generate(articles, 7L);
        assertEquals(articles, generated.articles().size());
        assertEquals(listPages + 1, generated.listPages().size(), "front page plus list pages");
        generated.articles().keySet().forEach(p -> assertTrue(generated.site().page(p).isPresent(), p));
        assertTrue(generated.site().page("/robots.txt").isPresent());
    }

    @Test
    void everyArticleIsTwoLinksFromTheFrontPage() {
        GeneratedSite generated = GeneratedSite.generate(70, 99L);
        Map<String, Integer> hops = SiteLinks.hopsFromFrontPage(generated.site(),
                p -> DISALLOWED.stream().noneMatch(p::startsWith));
        for (String path : generated.articles().keySet()) {
            assertTrue(hops.getOrDefault(path, Integer.MAX_VALUE) <= 2, path + " hops " + hops.get(path));
        }
    }

    @Test
    void listPagesShowAtMostAPageOfArticles() {
        GeneratedSite generated = GeneratedSite.generate(45, 3L);
        for (String list : generated.listPages().subList(1, generated.listPages().size())) {
            long articles = SiteLinks.linksOf(generated.site(), list).stream()
                    .filter(generated.articles()::containsKey).count();
            assertTrue(articles > 0 && articles <= GeneratedSite.LIST_PAGE_SIZE + 6, list + " lists " + articles);
        }
    }

    @Test
    void articlePagesShowTheirTextAmidTheNoise() {
        GeneratedSite generated = GeneratedSite.generate(12, 5L);
        Set<String> designs = new HashSet<>();
        generated.articles().forEach((path, article) -> {
            String html = SiteLinks.text(generated.site().page(path).orElseThrow());
            for (String paragraph : article.body().split("\n")) {
                assertTrue(html.contains(paragraph), path + " lacks a paragraph");
            }
            assertTrue(html.contains(article.source()) && html.contains("免责声明"), path);
            designs.add(html.contains("TRS_Editor") ? "gov" : html.contains("article-content") ? "biz" : "portal");
        });
        assertEquals(3, designs.size(), "all three designs in use");
    }

    @Test
    void aCrawlOverHttpReachesEveryArticleWithoutTouchingDisallowedPaths() throws Exception {
        GeneratedSite generated = GeneratedSite.generate(45, 2024L);
        HttpClient client = HttpClient.newHttpClient();
        try (SiteServer server = SiteServer.start(generated.site())) {
            Set<String> seen = new HashSet<>(List.of("/"));
            Deque<String> frontier = new ArrayDeque<>(seen);
            while (!frontier.isEmpty()) {
                String body = fetch(client, server.uri(frontier.poll()));
                Matcher m = HREF.matcher(body);
                while (m.find()) {
                    String path = URI.create(m.group(1)).getRawPath();
                    if (DISALLOWED.stream().noneMatch(path::startsWith) && seen.add(path)) {
                        frontier.add(path);
                    }
                }
            }
            generated.articles().keySet().forEach(p -> assertEquals(1, server.requestCount(p), p));
            server.requestCounts().keySet().forEach(p -> assertTrue(generated.site().page(p).isPresent(), p));
            DISALLOWED.forEach(p -> assertEquals(0, server.requestCount(p), p));
        }
    }

    @Test
    void rejectsANegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> GeneratedSite.generate(-1, 0L));
    }

    private static String fetch(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
