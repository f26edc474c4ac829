package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.Json;
import chanye.cli.site.SampleSite;
import chanye.cli.site.Site;
import chanye.cli.site.SitePage;
import chanye.cli.site.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code chanye crawl} as a script sees it: the summary, the errors on stderr and the exit code. */
class CrawlCommandTest {

    @TempDir
    Path data;

    @ParameterizedTest(name = "quiet: {0}")
    @ValueSource(booleans = {false, true})
    void aCrawlThatCouldFetchNothingFailsAfterItsSummaryNamingEachError(boolean quiet) throws IOException {
        try (SiteServer server = SiteServer.start(base -> Site.builder()
                .add("/robots.txt", SitePage.text("User-agent: *\nSitemap: " + base.resolve("/moved.xml") + "\n",
                        "text/plain"))
                .add("/", SitePage.redirect(302, "ftp://files.example.cn/"))
                .add("/moved.xml", SitePage.redirect(302, "ftp://files.example.cn/map.xml"))
                .build())) {
            List<String> args = new ArrayList<>(List.of("--data", data.toString(), "crawl", "--seeds",
                    server.uri("/").toString(), "--delay-ms", "0", "--json"));
            if (quiet) {
                args.add("-q");
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertEquals(1, run.exitCode(), run.err());
            JsonNode summary = Json.mapper().readTree(run.lastLine());
            assertEquals(0, summary.get("fetched").asInt());
            assertEquals(2, summary.get("errors").asInt());
            assertTrue(run.err().contains("error " + server.uri("/") + ": redirect to ftp: refused"), run.err());
            assertTrue(run.err().lines().anyMatch(line -> line.startsWith("chanye: nothing could be fetched (2 errors")),
                    run.err());
            assertTrue(run.err().contains("error " + server.uri("/moved.xml") + ": redirect to ftp: refused"),
                    run.err());
        }
    }

    @Test
    void resumingWithoutSeedsGoesOnWithTheSeedsOfTheRunItResumes() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            CliRun first = CliRun.of("--data", data.toString(), "crawl", "--seeds", server.uri("/").toString(),
                    "--delay-ms", "0", "--max-pages", "6", "--json");
            assertEquals(0, first.exitCode(), first.err());

            CliRun resumed = CliRun.of("--data", data.toString(), "crawl", "--resume", "--delay-ms", "0", "--json");

            assertEquals(0, resumed.exitCode(), resumed.err());
            assertEquals(0, Json.mapper().readTree(resumed.lastLine()).get("errors").asInt(), resumed.err());
            JsonNode stats = Json.mapper().readTree(CliRun.of("--data", data.toString(), "stats", "--json").out());
            assertEquals(SampleSite.manifest().articles().size(), stats.get("documents").asInt(), resumed.out());

            CliRun again = CliRun.of("--data", data.toString(), "crawl", "--resume", "--delay-ms", "0");
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.err().contains("nothing was left to resume"), again.err());
        }
    }

    @Test
    void aSeedsFileStartingWithAByteOrderMarkReadsItsFirstSeed() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            Path seeds = Files.writeString(data.resolve("seeds.txt"),
                    "\uFEFF" + server.uri("/") + "\n# 样例站点\n", StandardCharsets.UTF_8);
            CliRun run = CliRun.of("--data", data.toString(), "crawl", "--seeds-file", seeds.toString(),
                    "--delay-ms", "0", "--max-pages", "3", "--json");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(0, Json.mapper().readTree(run.lastLine()).get("errors").asInt(), run.err());
        }
    }

    @Test
    void aPlainResumeGoesOnWithTheOptionsOfTheCrawlItResumes() throws IOException {
        String excluded = ".*/2024-0[34]/.*";
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            String seed = server.uri("/").toString();
            Path reference = data.resolve("reference");
            assertEquals(0, CliRun.of("--data", reference.toString(), "crawl", "--seeds", seed, "--delay-ms", "0",
                    "--exclude", excluded).exitCode());
            Path resumed = data.resolve("resumed");
            Path warc = data.resolve("warc");
            assertEquals(0, CliRun.of("--data", resumed.toString(), "crawl", "--seeds", seed, "--delay-ms", "0",
                    "--exclude", excluded, "--warc", warc.toString(), "--max-pages", "6").exitCode());

            CliRun resume = CliRun.of("--data", resumed.toString(), "-v", "crawl", "--resume");

            assertEquals(0, resume.exitCode(), resume.err());
            assertEquals(documents(reference), documents(resumed), resume.err());
            assertTrue(documents(resumed) < SampleSite.manifest().articles().size(), "the exclusion held");
            try (Stream<Path> files = Files.list(warc)) {
                assertEquals(2, files.filter(f -> f.toString().endsWith(".warc.gz")).count(),
                        "the resumed run archived too, in a file of its own");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null              | 1 | not the options of a crawl (null)",
        "'{\"delayMs\":'    | 1 | not the options of a crawl (",
        "'[1, 2]'          | 1 | not the options of a crawl (",
        "'{}'              | 0 | ''",
        "'{\"future\":true}' | 0 | ''",
    })
    void keptOptionsThatCannotBeReadAreNamedAndMissingOnesLeaveTheCommandLinesValues(String kept, int exitCode,
                                                                                      String message)
            throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            assertEquals(0, CliRun.of("--data", data.toString(), "crawl", "--seeds", server.uri("/").toString(),
                    "--delay-ms", "0", "--max-pages", "3").exitCode());
            Files.writeString(data.resolve("crawl").resolve("options.json"), kept, StandardCharsets.UTF_8);

            CliRun resume = CliRun.of("--data", data.toString(), "crawl", "--resume", "--delay-ms", "0",
                    "--max-pages", "2");

            assertEquals(exitCode, resume.exitCode(), resume.err());
            assertTrue(resume.err().contains(message), resume.err());
            assertFalse(resume.err().contains("REDACTED") || resume.err().contains("Exception"), resume.err());
        }
    }

    private static int documents(Path data) throws IOException {
        return Json.mapper().readTree(CliRun.of("--data", data.toString(), "stats", "--json").out())
                .get("documents").asInt();
    }

    @Test
    void aSiteWhosePagesHoldThousandsOfHostileLinksIsCrawledWithExitZero() throws IOException {
        String[] hostile = {"/news/%41%42%43?p=N", "/zt/p%2dN/p%2d2/?q=f", "/~a%7E/list?id=N&page=2",
            "http://[::N/", "http://%zz%N/a", "http://user:pass@news.example.cn:N/a", "/%%N%4/x", "/中文/../N?q=%",
            "http://xn--N.cn/", "http://ｅｘａｍｐｌｅ．ｃｎ/N", "/a\\bN", "javascript:N", "/" + "x".repeat(3000) + "N"};
        StringBuilder links = new StringBuilder("<a href=\"/article.html\">文章</a><a href=\"/more.html\">更多</a>");
        for (int n = 0; n < 3_000; n++) {
            String href = hostile[n % hostile.length].replace("N", Integer.toString(n));
            links.append("<a href=\"").append(href.replace("&", "&amp;").replace("\"", "&quot;")).append("\">链接</a>");
        }
        String article = "<h1>准东煤电基地新增煤炭产能</h1><div class=\"content\">"
                + "<p>准东经济技术开发区煤炭产能持续释放，今年以来新增核定产能一千二百万吨，区内七座大型煤矿保持满负荷生产。</p>"
                + "<p>煤电一体化项目加快建设，两台百万千瓦机组完成吊装，配套的特高压外送通道已进入调试阶段。</p>"
                + "<p>园区煤化工企业稳定生产，煤制烯烃和煤制气装置运行平稳，上半年完成工业产值同比增长百分之十二。</p>"
                + "<p>开发区负责人表示，下一步将推动煤炭清洁高效利用，延伸产业链条，带动周边县市就业。</p></div>";
        try (SiteServer server = SiteServer.start(Site.builder()
                .add("/", SitePage.html("<html><body>" + links + "</body></html>", StandardCharsets.UTF_8, true))
                .add("/more.html", SitePage.html("<html><body>" + links + "</body></html>", StandardCharsets.UTF_8, true))
                .add("/article.html", SitePage.html("<html><head><title>准东煤电基地新增煤炭产能</title></head><body>"
                        + article + "</body></html>", StandardCharsets.UTF_8, true))
                .build())) {
            CliRun run = CliRun.of("--data", data.toString(), "crawl", "--seeds", server.uri("/").toString(),
                    "--delay-ms", "0", "--max-pages", "60", "--json");

            assertEquals(0, run.exitCode(), run.err());
            JsonNode summary = Json.mapper().readTree(run.lastLine());
            assertEquals(1, summary.get("indexed").asInt(), run.lastLine());
            assertTrue(summary.get("badLinks").asInt() > 1_000, run.lastLine());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aCrawlStoppedByItsBudgetOrItsDepthSaysWhatIsLeftAndTheCommandThatGoesOn() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            String seed = server.uri("/").toString();
            CliRun budget = CliRun.of("--data", data.toString(), "crawl", "--seeds", seed, "--delay-ms", "0",
                    "--max-pages", "5");
            CliRun resumed = CliRun.of("--data", data.toString(), "crawl", "--resume", "--delay-ms", "0", "--json");
            CliRun shallow = CliRun.of("--data", data.resolve("shallow").toString(), "crawl", "--seeds", seed,
                    "--delay-ms", "0", "--max-depth", "1", "--json");

            assertEquals(0, budget.exitCode(), budget.err());
            List<String> lines = budget.out().strip().lines().toList();
            assertEquals(2, lines.size(), budget.out());
            assertTrue(lines.get(0).startsWith("fetched 5, "), budget.out());
            assertTrue(lines.get(1).matches("\\d+ URLs still queued \\(the --max-pages budget of 5 was spent\\); "
                    + "go on with: chanye --data " + Pattern.quote(data.toString()) + " crawl --resume"), lines.get(1));
            JsonNode rest = Json.mapper().readTree(resumed.lastLine());
            assertEquals(0, rest.get("queued").asInt(), resumed.out());
            assertEquals(SampleSite.manifest().articles().size(), documents(data), resumed.err());
            JsonNode summary = Json.mapper().readTree(shallow.lastLine());
            int left = summary.get("leftAtDepth").asInt();
            assertTrue(left > 0, shallow.out());
            assertEquals(1, shallow.out().strip().lines().count(), "only the JSON object on stdout");
            assertTrue(shallow.err().contains("chanye: " + left + " links left beyond --max-depth 1; follow them with: "
                    + "chanye --data " + data.resolve("shallow") + " crawl --resume --max-depth 2"), shallow.err());
        }
    }

    @Test
    void aSeedsFileTakesCommentsAfterAUrlAndNamesTheFileAndLineOfABadLine() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            Path seeds = Files.writeString(data.resolve("seeds.txt"), "# 样例站点\n\n" + server.uri("/")
                    + "   # 首页\n" + server.uri("/#top") + "\n", StandardCharsets.UTF_8);
            Path bad = Files.writeString(data.resolve("bad.txt"), server.uri("/") + "\n新闻网 首页\n",
                    StandardCharsets.UTF_8);

            CliRun good = CliRun.of("--data", data.toString(), "crawl", "--seeds-file", seeds.toString(),
                    "--delay-ms", "0", "--max-pages", "2", "--json");
            CliRun refused = CliRun.of("--data", data.toString(), "crawl", "--seeds-file", bad.toString());

            assertEquals(0, good.exitCode(), good.err());
            assertEquals(0, Json.mapper().readTree(good.lastLine()).get("errors").asInt(), good.err());
            assertEquals(2, refused.exitCode());
            assertEquals("chanye: seeds file " + bad + ", line 2: one URL a line, found '新闻网 首页'",
                    refused.err().strip());
        }
    }

    @Test
    void verboseLogsEveryFetchedUrlWithItsStatus() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            CliRun run = CliRun.of("--data", data.toString(), "-v", "crawl", "--seeds", server.uri("/").toString(),
                    "--delay-ms", "0", "--max-pages", "5");

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("fetched 200 " + server.uri("/")), run.err());
            assertTrue(run.err().contains("robots.txt disallows " + server.uri("/go/")), run.err());
            assertEquals(5, run.err().lines().filter(line -> line.startsWith("fetched ")).count(), run.err());
        }
    }
}
