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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chanye extract} on files and on a loopback URL, one JSON object per input. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path articleFile() throws IOException {
        Path file = dir.resolve("article.html");
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/chanye/cli/article.html")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void extractsTheArticleOfAFileWithoutItsNoise() throws IOException {
        Path file = articleFile();
        CliRun run = CliRun.of("extract", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = Json.mapper().readTree(run.out());
        assertEquals(file.toString(), article.get("file").asText());
        assertTrue(article.get("url").isNull());
        assertEquals("昌吉州棉纺企业订单排到年底", article.get("title").asText());
        assertEquals("2024-09-02T10:15:00+08:00", article.get("publishTime").asText());
        assertEquals("北庭财经网", article.get("source").asText());
        assertEquals("周明远", article.get("author").asText());
        assertTrue(article.get("isArticle").asBoolean());
        String body = article.get("body").asText();
        assertEquals(4, body.split("\n").length, body);
        for (String noise : List.of("晾衣架", "免责声明", "马拉松", "网友甲", "版权所有", "您的位置")) {
            assertFalse(body.contains(noise), noise + " in " + body);
        }
    }

    @Test
    void thePreparationReadsTheSamplePageThroughTheWholeExtraction() throws IOException {
        JsonNode article = Json.mapper().readTree(ExtractCommand.sampleLine());
        assertEquals("哈密光伏基地扩容", article.get("title").asText());
        assertEquals("2024-05-01T10:00:00+08:00", article.get("publishTime").asText());
        assertEquals("示例网", article.get("source").asText());
        assertTrue(article.get("isArticle").asBoolean());
        assertEquals(2, article.get("body").asText().split("\n").length, article.get("body").asText());
    }

    @Test
    void extractsFromAUrlAndReportsItsFinalAddress() throws IOException {
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            String path = SampleSite.manifest().articles().get(0).path();
            CliRun run = CliRun.of("extract", server.uri(path).toString(), "--json");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode article = Json.mapper().readTree(run.out());
            assertTrue(article.get("file").isNull());
            assertEquals(server.uri(path).toString(), article.get("url").asText());
            assertEquals(SampleSite.manifest().articles().get(0).title(), article.get("title").asText());
        }
    }

    @Test
    void aUrlThatIsNotHtmlIsNamedWithItsType() throws IOException {
        byte[] pdf = "%PDF-1.7 年度报告".getBytes(StandardCharsets.UTF_8);
        Site site = Site.builder().add("/report.pdf", new SitePage(200, "application/pdf", pdf, Map.of())).build();
        try (SiteServer server = SiteServer.start(site)) {
            CliRun run = CliRun.of("extract", server.uri("/report.pdf").toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains(server.uri("/report.pdf") + ": not HTML (application/pdf)"), run.err());
        }
    }

    @Test
    void filesThatAreNotHtmlAreNamedOneByOneAndTheHtmlStillExtracted() throws IOException {
        Path png = dir.resolve("chart.html");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path gzip = dir.resolve("page.html");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write("<html><body><p>压缩过的页面。</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Path noise = dir.resolve("noise.html");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.write(noise, random);
        Path file = articleFile();

        CliRun run = CliRun.of("extract", png.toString(), gzip.toString(), noise.toString(), file.toString(), "--json");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(png + ": not HTML (PNG image)"), run.err());
        assertTrue(run.err().contains(gzip + ": not HTML (gzip-compressed data)"), run.err());
        assertTrue(run.err().contains(noise + ": not HTML (binary data)"), run.err());
        assertTrue(run.err().contains("3 of 4 inputs failed"), run.err());
        assertEquals(1, run.out().strip().lines().count(), run.out());
        assertTrue(run.out().contains("昌吉州棉纺企业订单排到年底"));
    }

    @Test
    void aRelativeBylineIsResolvedAgainstTheFilesTimeAndMarked() throws IOException {
        Path file = dir.resolve("relative.html");
        Files.writeString(file, "<html><head><title>风电装机容量创新高</title></head><body><h1>风电装机容量创新高</h1>"
                + "<div>3小时前 来源：北疆能源</div><div><p>今年以来，全区新增风电装机容量持续增长，多个大型基地项目"
                + "并网发电，新能源发电量占比进一步提高。</p></div></body></html>");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-05-06T02:20:30Z")));

        CliRun run = CliRun.of("extract", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = Json.mapper().readTree(run.out());
        assertEquals("2024-05-06T07:20:00+08:00", article.get("publishTime").asText());
        assertTrue(article.get("publishTimeRelative").asBoolean());
        JsonNode absolute = Json.mapper().readTree(CliRun.of("extract", articleFile().toString(), "--json").out());
        assertFalse(absolute.get("publishTimeRelative").asBoolean());
    }

    @Test
    void manyInputsComeOutInTheirOrderWithTheirErrorsInPlace() throws IOException {
        List<String> args = new ArrayList<>(List.of("extract", "--json"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i % 7 == 3) {
                args.add(dir.resolve("missing-" + i + ".html").toString());
                continue;
            }
            String title = "第" + i + "号园区光伏项目并网发电";
            Path file = dir.resolve("page-" + i + ".html");
            Files.writeString(file, "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>"
                    + ("<p>项目位于工业园区东侧，总投资三亿元，建成后年发电量约一亿千瓦时，可节约标准煤三万吨。</p>").repeat(1 + i % 5)
                    + "</body></html>");
            args.add(file.toString());
            expected.add(title);
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(1, run.exitCode());
        List<String> titles = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            titles.add(Json.mapper().readTree(line).get("title").asText());
        }
        assertEquals(expected, titles);
        assertEquals(List.of("missing-3", "missing-10", "missing-17", "missing-24", "missing-31", "missing-38"),
                run.err().lines().filter(l -> l.contains("no such file"))
                        .map(l -> l.replaceAll(".*(missing-\\d+).*", "$1")).toList());
    }

    @Test
    void aUrlOfAnArticleOverThreePagesGivesTheWholeArticle() throws IOException {
        try (SiteServer server = SiteServer.start(threePageArticle(true))) {
            CliRun run = CliRun.of("extract", server.uri("/a/9001.html").toString(), "--json");

            assertEquals(0, run.exitCode(), run.err());
            JsonNode article = Json.mapper().readTree(run.out());
            assertEquals(3, article.get("pages").asInt(), run.out());
            assertEquals(server.uri("/a/9001.html").toString(), article.get("url").asText());
            List<String> paragraphs = article.get("body").asText().lines().toList();
            assertEquals(3, paragraphs.size(), paragraphs.toString());
            for (int i = 0; i < 3; i++) {
                assertTrue(paragraphs.get(i).startsWith("第" + "一二三".charAt(i) + "页的正文"), paragraphs.toString());
            }
            assertEquals(0, article.get("problems").size());
            assertEquals("", run.err());
        }
    }

    @Test
    void aLaterPageThatFailsLeavesTheFirstPagesAndSaysWhy() throws IOException {
        try (SiteServer server = SiteServer.start(threePageArticle(false))) {
            CliRun run = CliRun.of("extract", server.uri("/a/9001.html").toString(), "--json");

            assertEquals(0, run.exitCode(), run.err());
            JsonNode article = Json.mapper().readTree(run.out());
            assertEquals(2, article.get("pages").asInt());
            String problem = "page 3 (" + server.uri("/a/9001_3.html") + "): HTTP 404; kept 2 page(s)";
            assertEquals(problem, article.get("problems").get(0).asText());
            assertTrue(run.err().contains(server.uri("/a/9001.html") + ": " + problem), run.err());
        }
    }

    /** An article over three pages, /a/9001.html, _2 and _3, with a pager under each; without its third page. */
    private static Site threePageArticle(boolean withThirdPage) {
        String[] texts = {"第一页的正文，讲园区的光伏项目今年开工建设的情况，项目总投资三十亿元，占地两千亩，计划明年六月全容量并网。",
            "第二页的正文，讲项目配套的储能电站和送出线路，储能规模为装机容量的两成，送出线路长四十公里。",
            "第三页的正文，讲项目建成后每年可以提供的清洁电量，约为十二亿千瓦时，可节约标准煤近四十万吨。"};
        Site.Builder site = Site.builder();
        for (int n = 1; n <= (withThirdPage ? 3 : 2); n++) {
            StringBuilder pager = new StringBuilder("<div class='pages'>");
            for (int i = 1; i <= 3; i++) {
                String href = i == 1 ? "9001.html" : "9001_" + i + ".html";
                pager.append(i == n ? "<span>" + i + "</span>" : "<a href='" + href + "'>" + i + "</a>");
            }
            pager.append(n < 3 ? "<a href='9001_" + (n + 1) + ".html'>下一页</a>" : "").append("</div>");
            String html = "<html><head><title>光伏项目开工建设_园区新闻网</title></head><body><h1>光伏项目开工建设</h1>"
                    + "<div>2024-05-06 09:30 来源：园区新闻网</div><div class='text'><p>" + texts[n - 1] + "</p></div>"
                    + pager + "</body></html>";
            site.add(n == 1 ? "/a/9001.html" : "/a/9001_" + n + ".html", new SitePage(200, "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        return site.build();
    }

    @ParameterizedTest
    @CsvSource({"www.example.cn/news/1.html, true", "news.example.cn, true", "www.example.cn/a/b, true",
        "127.0.0.1:18081/news/a1.html, true", "example.cn/a.html, true", "missing.html, false", "notes, false",
        "drafts.v2, false"})
    void aMissingFileThatLooksLikeAnAddressGetsAHint(String input, boolean hinted) {
        CliRun run = CliRun.of("extract", input);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(input + ": no such file"), run.err());
        assertEquals(hinted, run.err().contains("http://"), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ftp://example.cn/a.html | not an http(s) URL",
        "file:///tmp/a.html | not an http(s) URL", "http:// | not a valid URL", "https://[::1 | not a valid URL",
        "http://exa mple.cn/a.html | not a valid URL"})
    void anAddressThatCannotBeFetchedIsNamedAsTyped(String input, String reason) {
        CliRun run = CliRun.of("extract", input, "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("chanye: " + input + ": " + reason), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anEmptyFileIsAnErrorNotAnEmptyArticle() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        CliRun run = CliRun.of("extract", empty.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(empty + ": empty file"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badInputsAreNamedAndTheRestOfTheBatchStillRuns() throws IOException {
        Path file = articleFile();
        CliRun run = CliRun.of("extract", dir.toString(), dir.resolve("missing.html").toString(), file.toString(),
                "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(dir + ": is a directory"), run.err());
        assertTrue(run.err().contains("missing.html: no such file"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(1, run.out().strip().lines().count(), run.out());
        assertTrue(run.out().contains("昌吉州棉纺企业订单排到年底"));
    }
}
