package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chanye.cli.report.HeadlessChromium;
import chanye.cli.site.RepublishedSite;
import chanye.cli.site.SampleManifest;
import chanye.cli.site.SampleManifest.ArticleEntry;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories end to end: the sample site crawled twice over, with a second site that republishes some of its articles
 * (new titles, 原标题 and 编者按 lines, other sources, paragraphs cut, one copy whole) served beside it as another
 * host ({@code localhost}), through the real command line. Search, stats and the report each show one story per
 * original; the report renders in headless Chromium.
 */
class SampleStoriesEndToEndTest {

    private static final SampleManifest MANIFEST = SampleSite.manifest();
    private static final List<RepublishedSite.Copy> COPIES = RepublishedSite.republished().copies();
    /** Where the screenshots of the sample site's report are kept, test artifacts: the whole page and its top. */
    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    @TempDir
    static Path data;

    private static SiteServer sample;
    private static SiteServer republished;
    private static String sampleRoot;
    private static String copiesRoot;
    private static final List<JsonNode> crawls = new ArrayList<>();

    @BeforeAll
    static void crawlBothSitesTwice() throws IOException {
        sample = SiteServer.start(SampleSite::load);
        republished = SiteServer.start(RepublishedSite.load());
        sampleRoot = sample.baseUri().toString();
        copiesRoot = "http://localhost:" + republished.baseUri().getPort() + "/";
        for (int run = 0; run < 2; run++) {
            CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--seeds", sampleRoot, copiesRoot,
                    "--delay-ms", "0", "--json");
            assertEquals(0, crawl.exitCode(), crawl.err());
            crawls.add(Json.mapper().readTree(crawl.lastLine()));
        }
    }

    @AfterAll
    static void stopServers() {
        sample.close();
        republished.close();
    }

    private static JsonNode run(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.out());
    }

    private static String originalUrl(String id) {
        return sample.baseUri().resolve(MANIFEST.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow().path()).toString();
    }

    private static Optional<String> copyUrl(String id) {
        return COPIES.stream().filter(copy -> copy.of().equals(id)).findFirst()
                .map(copy -> URI.create(copiesRoot).resolve(copy.path()).toString());
    }

    @Test
    void everyPageIsIndexedOnceAndTheSecondCrawlChangesNothing() {
        assertEquals(MANIFEST.articles().size() + COPIES.size(), crawls.get(0).get("indexed").asInt(),
                crawls.get(0).toString());
        assertEquals(0, crawls.get(1).get("indexed").asInt(), crawls.get(1).toString());
    }

    @Test
    void statsCountEveryCopyAsADocumentAndOneStoryPerOriginal() throws IOException {
        JsonNode stats = run("stats", "--json");
        assertEquals(MANIFEST.articles().size() + COPIES.size(), stats.get("documents").asInt());
        assertEquals(MANIFEST.articles().size(), stats.get("stories").asInt());
        assertEquals(COPIES.size(), stats.get("sites").get("localhost").asInt());
    }

    @Test
    void searchShowsEachOriginalOnceWithItsCopy() throws IOException {
        Set<String> stories = new HashSet<>();
        for (ArticleEntry article : MANIFEST.articles()) {
            JsonNode result = run("search", "\"" + article.title() + "\"", "--json", "--limit", "50");
            List<JsonNode> hits = new ArrayList<>();
            result.get("hits").forEach(hits::add);
            String url = originalUrl(article.id());
            JsonNode hit = hits.stream().filter(h -> h.get("url").asText().equals(url)).findFirst()
                    .orElseThrow(() -> new AssertionError(article.title() + ": " + result));
            assertTrue(hit.get("original").asBoolean(), hit.toString());
            assertTrue(stories.add(hit.get("story").asText()), "one story per original: " + article.title());
            assertEquals(1, hits.stream().filter(h -> h.get("story").equals(hit.get("story"))).count(),
                    "one hit per story: " + result);
            List<String> copies = new ArrayList<>();
            hit.get("copies").forEach(copy -> copies.add(copy.get("url").asText()));
            assertEquals(copyUrl(article.id()).stream().toList(), copies, article.title());
        }
    }

    @Test
    void aStoryListsEveryCopyWhenAsked() throws IOException {
        JsonNode copies = run("search", "--site", "localhost", "--json", "--limit", "50");
        assertEquals(COPIES.size(), copies.get("total").asInt());
        for (JsonNode copy : copies.get("hits")) {
            assertTrue(!copy.get("original").asBoolean(), "a copy published later: " + copy);
            JsonNode every = run("search", "--story", copy.get("story").asText(), "--all-copies", "--json");
            Set<String> sites = new HashSet<>();
            every.get("hits").forEach(hit -> sites.add(hit.get("site").asText()));
            assertEquals(Set.of("127.0.0.1", "localhost"), sites, every.toString());
        }
    }

    @Test
    void theReportCountsOneStoryPerOriginalInEachCluster() throws IOException {
        JsonNode report = run("report", "--json");
        assertEquals(MANIFEST.articles().size(), report.get("stories").asInt());
        assertEquals(MANIFEST.articles().size() + COPIES.size(), report.get("documents").asInt());
        Map<String, Integer> expected = new HashMap<>();
        MANIFEST.articles().forEach(a -> a.clusters().forEach(c -> expected.merge(c, 1, Integer::sum)));
        Map<String, Integer> counted = new HashMap<>();
        report.get("clusters").forEach(c -> counted.put(c.get("id").asText(), c.get("stories").asInt()));
        assertEquals(expected, counted);
    }

    @Test
    void aReportOfNothingSaysSoInOneLineAndOnThePage() throws IOException {
        Path html = data.resolve("nothing.html");
        CliRun report = CliRun.of("--data", data.toString(), "report", "--since", "2999-01-01", "--out",
                html.toString());
        assertEquals(2, report.exitCode(), report.err());
        assertEquals(1, report.err().lines().count(), report.err());
        assertTrue(report.err().contains("no article matches these filters"), report.err());
        String page = Files.readString(html);
        assertTrue(page.contains("没有符合条件的文章") && !page.contains("data-chart="), page);
    }

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        Optional<Path> browser = HeadlessChromium.find();
        assumeTrue(browser.isPresent(), "no Chromium on the PATH (chromium, chromium-browser, google-chrome):"
                + " the report was not opened in a browser; .ci/run installs Debian's chromium");
        Path html = data.resolve("report.html").toAbsolutePath();
        CliRun report = CliRun.of("--data", data.toString(), "report", "--out", html.toString());
        assertEquals(0, report.exitCode(), report.err());
        try (HeadlessChromium chromium = HeadlessChromium.start(browser.get(), data.resolve("chromium-profile"))) {
            chromium.open(html.toUri(), 1280, 900);
            JsonNode charts = waitForCharts(chromium);
            int clusters = run("report", "--json").get("clusters").size();
            assertTrue(charts.size() >= 2 + clusters, "trend, regions and a sites chart per cluster: " + charts);
            for (JsonNode chart : charts) {
                assertTrue(chart.get("instance").asBoolean() && chart.get("painted").asInt() > 50,
                        "chart not drawn: " + chart);
            }
            assertEquals(List.of(), chromium.errors());
            chromium.requests().forEach(url -> assertTrue(url.startsWith("file:") || url.startsWith("data:"),
                    "the report fetched " + url));
            int height = Math.min(8000, chromium.evaluate("document.documentElement.scrollHeight").asInt());
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("sample-report.png"), chromium.screenshot(1280, height));
            Files.write(SCREENSHOTS.resolve("sample-report-top.png"), chromium.screenshot(1280, 1250));
        }
    }

    /** Each chart's state, once every one has drawn on its canvas (or after ten seconds). */
    private static JsonNode waitForCharts(HeadlessChromium chromium) throws IOException, InterruptedException {
        String probe = """
                JSON.stringify(Array.from(document.querySelectorAll('[data-chart]')).map(function (element) {
                  var chart = window.echarts && echarts.getInstanceByDom(element);
                  var canvas = element.querySelector('canvas');
                  var painted = 0;
                  if (canvas && canvas.width > 0) {
                    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    for (var i = 3; i < pixels.length; i += 4 * 13) { if (pixels[i] > 0) { painted++; } }
                  }
                  return { id: element.id, instance: !!chart, painted: painted };
                }))""";
        JsonNode charts = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            charts = Json.mapper().readTree(chromium.evaluate(probe).asText());
            boolean drawn = charts.size() > 0;
            for (JsonNode chart : charts) {
                drawn &= chart.get("painted").asInt() > 50;
            }
            if (drawn) {
                break;
            }
            Thread.sleep(100);
        }
        return charts;
    }
}
