package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.site.SampleManifest;
import chanye.cli.site.SampleManifest.ArticleEntry;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The whole pipeline over the bundled sample site, through the real command line: crawl, then stats and search.
 * Every article is indexed with its metadata and clusters, no list page is, no noise is searchable, and the
 * relevance cases rank their article first.
 */
class SampleSiteEndToEndTest {

    private static final SampleManifest MANIFEST = SampleSite.manifest();

    @TempDir
    static Path data;

    private static SiteServer server;
    private static JsonNode crawlSummary;

    @BeforeAll
    static void crawlTheSampleSite() throws IOException {
        server = SiteServer.start(SampleSite::load);
        CliRun run = CliRun.of("--data", data.toString(), "crawl", "--seeds", server.baseUri().toString(),
                "--delay-ms", "0", "--json", "--warc", data.resolve("warc").toString());
        assertEquals(0, run.exitCode(), run.err());
        crawlSummary = Json.mapper().readTree(run.lastLine());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static JsonNode search(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--data", data.toString(), "search"));
        all.addAll(List.of(args));
        all.add("--json");
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.out());
    }

    private static Set<String> paths(JsonNode result) {
        Set<String> paths = new HashSet<>();
        result.get("hits").forEach(hit -> paths.add(path(hit)));
        return paths;
    }

    private static String path(JsonNode hit) {
        return hit.get("url").asText().substring(server.baseUri().toString().length() - 1);
    }

    @Test
    void crawlSummaryCountsEveryArticleOnce() {
        assertEquals(MANIFEST.articles().size(), crawlSummary.get("indexed").asInt(), crawlSummary.toString());
        assertEquals(0, crawlSummary.get("errors").asInt(), crawlSummary.toString());
        assertTrue(crawlSummary.get("robotsBlocked").asInt() > 0, crawlSummary.toString());
        for (String field : List.of("fetched", "articles", "duplicates", "skipped", "elapsedMs")) {
            assertTrue(crawlSummary.has(field), field);
        }
    }

    @Test
    void theWarcArchiveHoldsEveryArticlePageAsServed() throws IOException {
        Map<String, WarcResponse> responses = new HashMap<>();
        Map<String, byte[]> bodies = new HashMap<>();
        try (Stream<Path> files = Files.list(data.resolve("warc"))) {
            for (Path file : files.sorted().toList()) {
                try (WarcReader reader = new WarcReader(file)) {
                    for (WarcRecord record : reader) {
                        if (record instanceof WarcResponse response) {
                            responses.put(response.target(), response);
                            bodies.put(response.target(), response.http().body().stream().readAllBytes());
                        }
                    }
                }
            }
        }
        for (ArticleEntry article : MANIFEST.articles()) {
            String url = server.baseUri().resolve(article.path()).toString();
            WarcResponse response = responses.get(url);
            assertTrue(response != null, "no response record for " + url);
            assertEquals(200, response.http().status(), url);
            assertTrue(bodies.get(url).length > 0, url);
            assertEquals(String.valueOf(bodies.get(url).length),
                    response.http().headers().first("Content-Length").orElseThrow(), url);
        }
    }

    @Test
    void statsCountOnlyTheArticles() throws IOException {
        CliRun run = CliRun.of("--data", data.toString(), "stats", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = Json.mapper().readTree(run.out());
        assertEquals(MANIFEST.articles().size(), stats.get("documents").asInt());
        assertEquals(MANIFEST.articles().size(), stats.get("sites").get("127.0.0.1").asInt());
        Set<String> clusters = new HashSet<>();
        stats.get("clusters").fieldNames().forEachRemaining(clusters::add);
        assertEquals(Set.of("oil-gas", "coal", "mining", "grain-oil", "cotton-textile", "fruit-veg", "livestock",
                "new-energy"), clusters);
    }

    @Test
    void searchAndStatsDoNotReadTheClassifierModel() throws IOException {
        Path model = data.resolve("classifier").resolve("model.bin");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "not a model");
        try {
            assertTrue(search("棉花").get("total").asInt() > 0);
            CliRun stats = CliRun.of("--data", data.toString(), "stats");
            assertEquals(0, stats.exitCode(), stats.err());
        } finally {
            Files.delete(model);
        }
    }

    @Test
    void aPagePastTheLastHitSaysSo() {
        CliRun run = CliRun.of("--data", data.toString(), "search", "棉花", "--offset", "100");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(no hits on this page: --offset 100 is past the last of "), run.out());
    }

    @Test
    void everyArticleIsIndexedWithItsMetadataAndClusters() throws IOException {
        for (ArticleEntry article : MANIFEST.articles()) {
            JsonNode result = search("\"" + article.title() + "\"", "--limit", "1");
            assertTrue(result.get("total").asInt() >= 1, article.title());
            JsonNode hit = result.get("hits").get(0);
            assertEquals(article.path(), path(hit), article.title());
            assertEquals(article.title(), hit.get("title").asText());
            assertEquals(article.publishTime().toInstant(),
                    OffsetDateTime.parse(hit.get("publishTime").asText()).toInstant(), article.title());
            assertEquals(article.source(), hit.get("source").asText(), article.title());
            Set<String> clusters = new HashSet<>();
            hit.get("clusters").forEach(c -> clusters.add(c.asText()));
            assertEquals(Set.copyOf(article.clusters()), clusters, article.title());
        }
    }

    @Test
    void noNoiseIsSearchable() throws IOException {
        for (String phrase : MANIFEST.noisePhrases()) {
            assertEquals(0, search("\"" + phrase + "\"").get("total").asInt(), phrase);
        }
    }

    @Test
    void relevanceCasesRankTheirArticleFirst() throws IOException {
        int first = 0;
        List<String> misses = new ArrayList<>();
        for (SampleManifest.RelevanceCase relevance : MANIFEST.relevance()) {
            JsonNode hits = search(relevance.query()).get("hits");
            if (!hits.isEmpty() && path(hits.get(0)).equals(relevance.path())) {
                first++;
            } else {
                misses.add(relevance.query());
            }
        }
        System.out.printf("sample-site relevance: %d of %d queries rank their article first%n", first,
                MANIFEST.relevance().size());
        assertTrue(first >= 0.9 * MANIFEST.relevance().size(), "missed: " + misses);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\"光伏 组件\", \"光伏组件\"", "\"长绒 棉\", \"长绒棉\"", "新疆 －\"长绒 棉\", 新疆 -\"长绒棉\""})
    void spacesInsideAChinesePhraseAndAFullWidthMinusReadAsTyped(String spaced, String plain) throws IOException {
        JsonNode expected = search(plain, "--limit", "50");
        assertTrue(expected.get("total").asInt() > 0, plain);
        assertEquals(expected.get("hits"), search(spaced, "--limit", "50").get("hits"));
    }

    @Test
    void anExclusionMayBeItsOwnArgumentAnywhereInTheQuery() throws IOException {
        Set<String> all = paths(search("棉花", "--limit", "50"));
        Set<String> nightMarket = paths(search("夜市", "--limit", "50"));
        Set<String> expected = new HashSet<>(all);
        expected.removeAll(nightMarket);
        assertTrue(expected.size() < all.size() && !expected.isEmpty(), all + " vs " + nightMarket);
        assertEquals(expected, paths(search("棉花", "-夜市", "--limit", "50")));
        assertEquals(expected, paths(search("-夜市", "棉花", "--limit", "50")));
        assertEquals(expected, paths(search("--limit", "50", "-夜市", "-q", "棉花")));
        CliRun afterEndOfOptions = CliRun.of("--data", data.toString(), "search", "棉花", "--limit", "50", "--json",
                "--", "-cotton");
        assertEquals(0, afterEndOfOptions.exitCode(), afterEndOfOptions.err());
        assertEquals(all, paths(Json.mapper().readTree(afterEndOfOptions.out())));
        Set<String> cotton = paths(search("棉花", "--cluster", "cotton-textile", "-夜市", "--limit", "50"));
        assertTrue(!cotton.isEmpty() && expected.containsAll(cotton), cotton.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "煤, /chanye/2024-03/18/content_10035.html, 3",
        "棉, /chanye/2024-04/16/content_10072.html, 3",
        "硅, /caijing/article/2024/1015/A1402.html, 1",
    })
    void aSingleCharacterFindsTheArticlesWithItAndMarksIt(String character, String first, int total)
            throws IOException {
        JsonNode result = search(character);
        assertEquals(total, result.get("total").asInt(), result.toString());
        assertEquals(first, path(result.get("hits").get(0)));
        result.get("hits").forEach(hit -> assertTrue((hit.get("highlightedTitle").asText()
                + hit.get("snippet").asText()).contains("<em>" + character + "</em>"), hit.toString()));
    }

    @ParameterizedTest
    @CsvSource({
        "硅, 1 hit for 硅 (",
        "煤, 3 hits for 煤 (",
    })
    void theHumanOutputCountsHitsInGoodEnglish(String query, String start) {
        CliRun run = CliRun.of("--data", data.toString(), "search", query);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(start), run.out());
    }

    @Test
    void theSiteFilterTakesAPastedUrlOrHostAndPort() throws IOException {
        int all = search("棉花").get("total").asInt();
        String hostAndPort = server.baseUri().getAuthority();
        for (String site : List.of(server.baseUri().toString(), hostAndPort, "127.0.0.1",
                server.baseUri().resolve("/chanye/").toString().toUpperCase(Locale.ROOT))) {
            assertEquals(all, search("棉花", "--site", site).get("total").asInt(), site);
        }
        assertEquals(0, search("棉花", "--site", "news.example.cn").get("total").asInt());
    }

    @Test
    void filtersAndFacetsWorkThroughTheCommandLine() throws IOException {
        JsonNode cotton = search("新疆", "--cluster", "棉花和纺织服装");
        cotton.get("hits").forEach(hit -> assertTrue(hit.get("clusters").toString().contains("cotton-textile")));
        assertTrue(cotton.get("facets").get("clusters").has("cotton-textile"));
        JsonNode either = search("新疆", "--cluster", "coal,棉花和纺织服装", "--limit", "50");
        JsonNode repeated = search("新疆", "--cluster", "coal", "cotton-textile", "--limit", "50");
        assertEquals(repeated.get("hits"), either.get("hits"));
        either.get("hits").forEach(hit -> assertTrue(
                hit.get("clusters").toString().matches(".*(coal|cotton-textile).*"), hit.toString()));
        JsonNode none = search("新疆", "--since", "2999-01-01");
        assertEquals(0, none.get("total").asInt());
        JsonNode byDate = search("新疆", "--sort", "date", "--limit", "50");
        List<OffsetDateTime> times = new ArrayList<>();
        byDate.get("hits").forEach(hit -> times.add(OffsetDateTime.parse(hit.get("publishTime").asText())));
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), times.toString());
        }
    }
}
