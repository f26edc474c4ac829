package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.io.Utf8Lines;
import chanye.cli.CliRun;
import chanye.cli.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code chanye classify} and {@code chanye eval classify} through the command line. */
class ClassifyCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ClassifyCommandTest.class.getResourceAsStream("/chanye/cli/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void classifiesPlainTextWithScoresEvidenceKeywordsAndRegions() throws IOException {
        Path text = write("text.txt", "哈密光伏基地新增装机容量二百万千瓦。\n哈密的多晶硅产能持续扩大，风电项目陆续并网发电，"
                + "光伏组件企业订单饱满。");
        CliRun run = CliRun.of("--data", dir.toString(), "classify", text.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = Json.mapper().readTree(run.out());
        JsonNode tag = result.get("clusters").get(0);
        assertEquals("new-energy", tag.get("id").asText());
        assertEquals("新能源新材料", tag.get("name").asText());
        assertTrue(tag.get("score").asDouble() > 0);
        assertTrue(tag.get("evidence").toString().contains("光伏"), tag.toString());
        assertTrue(result.get("keywords").size() > 0);
        assertTrue(result.get("regions").toString().contains("哈密"));
    }

    @Test
    void classifiesAnHtmlPageByItsArticleOnly() throws IOException {
        CliRun run = CliRun.of("--data", dir.toString(), "classify", resource("article.html").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode clusters = Json.mapper().readTree(run.out()).get("clusters");
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals("cotton-textile", clusters.get(0).get("id").asText());
    }

    @Test
    void jsonLinesKeepTheirOrderAndABadLineIsNamed() throws IOException {
        Path input = write("in.jsonl", String.join("\n", List.of(
                "{\"id\":\"a\",\"title\":\"准东煤制气项目投产\",\"text\":\"准东一座煤制气项目投产，配套露天煤矿，煤炭就地转化。\"}",
                "{\"id\":\"b\",\"text\":\"演唱会门票售罄，明星与粉丝互动。\"}",
                "{broken",
                "{\"id\":\"d\"}")));
        CliRun run = CliRun.of("--data", dir.toString(), "classify", "--jsonl", input.toString());
        assertEquals(1, run.exitCode());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(4, lines.size());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals("coal", lines.get(0).get("clusters").get(0).get("id").asText());
        assertEquals(0, lines.get(1).get("clusters").size());
        assertTrue(lines.get(2).get("error").asText().contains(":3: not valid JSON"));
        assertTrue(lines.get(3).get("error").asText().contains(":4: no \"text\""));
        assertTrue(run.err().contains(input + ":3"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aFileStartingWithAByteOrderMarkReadsItsFirstLine() throws IOException {
        Path input = write("bom.jsonl", "\uFEFF{\"id\":\"a\",\"text\":\"棉花采收进度过半，轧花厂开足马力。\"}\n");
        CliRun run = CliRun.of("--data", dir.toString(), "classify", "--jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("a", jsonLines(run.out()).get(0).get("id").asText());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "''                                   | blank line        |",
        "'   '                                | blank line        |",
        "{broken                              | not valid JSON    |",
        "'{\"id\":\"b\",\"text\":\"x\"'          | not valid JSON (Unexpected end-of-input: expected close marker for Object) |",
        "[1, 2]                               | not a JSON object |",
        "'{\"text\":\"棉花采收\"}'             | no \"id\"         |",
        "'{\"id\":{},\"text\":\"棉花采收\"}'   | no \"id\"         |",
        "'{\"id\":\"b\"}'                    | no \"text\"       | b",
        "'{\"id\":\"b\",\"text\":5}'         | no \"text\"       | b",
    })
    void everyJsonLineGivesOneOutputLineInOrderAndABadOneCarriesItsError(String bad, String expected, String id)
            throws IOException {
        Path input = write("in.jsonl", String.join("\n", List.of(
                "{\"id\":\"a\",\"text\":\"准东一座煤制气项目投产，配套露天煤矿，煤炭就地转化。\"}",
                bad,
                "{\"id\":3,\"text\":\"演唱会门票售罄。\"}")) + "\n");
        CliRun run = CliRun.of("--data", dir.toString(), "classify", "--jsonl", input.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(3, lines.size(), run.out());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals(id == null ? List.of("clusters", "error") : List.of("id", "clusters", "error"),
                fieldNames(lines.get(1)));
        assertEquals(id, lines.get(1).has("id") ? lines.get(1).get("id").asText() : null);
        assertEquals(0, lines.get(1).get("clusters").size());
        assertTrue(lines.get(1).get("error").asText().startsWith(input + ":2: " + expected), lines.get(1).toString());
        assertEquals("3", lines.get(2).get("id").asText());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("chanye: " + input + ":2: " + expected), run.err());
        assertEquals("chanye: 1 of 3 lines could not be classified", errors.get(1));
    }

    private static List<JsonNode> jsonLines(String out) {
        return out.lines().map(line -> {
            try {
                return Json.mapper().readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"classify", "eval classify"})
    void helpSaysTheTaxonomyIsAFileOrABundledName(String command) {
        CliRun run = CliRun.of((command + " --help").split(" "));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--taxonomy=FILE|NAME"), run.out());
        assertTrue(run.out().contains("xinjiang-2025-10"), run.out());
    }

    @ParameterizedTest(name = "data holds {0}, --taxonomy {1}")
    @CsvSource({
        "xinjiang-2025-10, ,                 culture-tourism",
        "xinjiang-2025-10, xinjiang-8,       ''",
        ",                 ,                 ''",
        ",                 xinjiang-2025-10, culture-tourism",
    })
    void withoutTaxonomyOptionTheTaxonomyOfTheDataDirectoryTags(String stored, String option, String expected)
            throws IOException {
        if (stored != null) {
            try (InputStream in = ClassifyCommandTest.class.getResourceAsStream(
                    "/chanye/classifier/taxonomy/" + stored + ".json")) {
                Files.copy(in, dir.resolve("taxonomy.json"));
            }
        }
        Path text = write("text.txt", "喀什古城景区迎来游客高峰。\n古城景区游客络绎不绝，民宿订单饱满，文旅融合带动自驾游。");
        List<String> args = new ArrayList<>(List.of("--data", dir.toString(), "classify", text.toString(), "--json"));
        if (option != null) {
            args.addAll(List.of("--taxonomy", option));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> clusters = new ArrayList<>();
        Json.mapper().readTree(run.out()).get("clusters").forEach(tag -> clusters.add(tag.get("id").asText()));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), clusters);
    }

    @Test
    void emptyInputHasNoCluster() throws IOException {
        CliRun run = CliRun.of("--data", dir.toString(), "classify", write("empty.txt", "").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, Json.mapper().readTree(run.out()).get("clusters").size());
    }

    @Test
    void evalPrintsPerClusterMetricsAndNamesMalformedLines() throws IOException {
        Path labelled = resource("labelled-small.jsonl");
        CliRun run = CliRun.of("--data", dir.toString(), "eval", "classify", labelled.toString(), "--json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = Json.mapper().readTree(run.out());
        assertEquals(3, report.get("texts").asInt());
        assertEquals(1.0, report.get("microF1").asDouble(), 1e-9);
        assertEquals(0, report.get("falseTagsOnNoCluster").asInt());
        assertTrue(run.err().contains(labelled + ":4:"), run.err());
    }

    @Test
    void evalAsATableNamesMalformedLinesOnceInTheReport() throws IOException {
        Path labelled = resource("labelled-small.jsonl");
        CliRun run = CliRun.of("--data", dir.toString(), "eval", "classify", labelled.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains(labelled + ":4:"), run.out());
        assertFalse(run.err().contains(labelled + ":4:"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("1 malformed line of " + labelled + " was skipped"), run.err());
    }

    @Test
    void evalPrintsATablePerGenreWhenTheLinesNameTheirGenre() throws IOException {
        Path labelled = write("genres.jsonl", String.join("\n",
                "{\"id\":\"1\",\"genre\":\"brief\",\"text\":\"棉农交售籽棉，轧花厂加工皮棉。\",\"clusters\":[\"cotton-textile\"]}",
                "{\"id\":\"2\",\"genre\":\"passing\",\"text\":\"孩子们在公园里吃棉花糖。\",\"clusters\":[]}"));
        CliRun table = CliRun.of("--data", dir.toString(), "eval", "classify", labelled.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().matches("(?s).*\\nbrief +1 +1\\.000 +1\\.000 +0 +0 of 0\\n.*"), table.out());
        assertTrue(table.out().matches("(?s).*\\npassing +1 +n/a +n/a +0 +0 of 1\\n.*"), table.out());
        assertTrue(table.out().contains("texts with the wrong set of tags: 0 of 2"), table.out());
        CliRun json = CliRun.of("--data", dir.toString(), "eval", "classify", labelled.toString(), "--json");
        JsonNode genres = Json.mapper().readTree(json.out()).get("genres");
        assertEquals(2, genres.size());
        assertEquals("brief", genres.get(0).get("genre").asText());
        assertEquals(1.0, genres.get(0).get("microF1").asDouble());
        assertEquals(1, genres.get(1).get("noClusterTexts").asInt());
    }

    @Test
    void evalOfADirectoryOrAGbkFileSaysWhatIsWrong() throws IOException {
        CliRun directory = CliRun.of("--data", dir.toString(), "eval", "classify", dir.toString());
        assertEquals(2, directory.exitCode());
        assertEquals("chanye: " + dir + ": is a directory, not a file", directory.err().strip());
        Path gbk = dir.resolve("gbk.jsonl");
        Files.write(gbk, "{\"id\":\"a\",\"text\":\"露天煤矿原煤产量增长。\",\"clusters\":[\"coal\"]}\n"
                .getBytes(Charset.forName("GBK")));
        CliRun run = CliRun.of("--data", dir.toString(), "eval", "classify", gbk.toString());
        assertEquals(2, run.exitCode());
        assertEquals("chanye: " + gbk + ": no line could be evaluated; line 1: " + Utf8Lines.NOT_UTF8,
                run.err().strip());
        assertFalse(run.err().contains("Input length"), run.err());
    }

    @Test
    void jsonLinesThatAreNotUtf8AreEachAnErrorSayingSo() throws IOException {
        Path gbk = dir.resolve("gbk.jsonl");
        Files.write(gbk, ("{\"id\":\"a\",\"text\":\"露天煤矿原煤产量增长。\"}\n{\"id\":\"b\",\"text\":\"棉花收购。\"}\n")
                .getBytes(Charset.forName("GBK")));
        CliRun run = CliRun.of("--data", dir.toString(), "classify", "--jsonl", gbk.toString());
        assertEquals(1, run.exitCode());
        List<JsonNode> lines = jsonLines(run.out());
        assertEquals(2, lines.size(), run.out());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals(gbk + ":1: " + Utf8Lines.NOT_UTF8, lines.get(0).get("error").asText());
        assertEquals("b", lines.get(1).get("id").asText());
        assertTrue(run.err().strip().endsWith("chanye: 2 of 2 lines could not be classified; 2 of them are not UTF-8: is "
                + gbk + " GBK? convert it with iconv -f GBK -t UTF-8"), run.err());
    }

    @Test
    void trainingWritesAModelThatLaterRunsUse() throws IOException {
        Path examples = dir.resolve("train");
        for (String cluster : List.of("coal", "cotton-textile", "none")) {
            Files.createDirectories(examples.resolve(cluster));
        }
        for (int i = 0; i < 4; i++) {
            write("train/coal/" + i + ".txt", "煤矿 煤炭 产量 第" + i + "季度 煤电 外送 煤化工 项目");
            write("train/cotton-textile/" + i + ".txt", "棉花 采收 棉田 第" + i + "批 纺纱 棉纺 订单 纱线");
            write("train/none/" + i + ".txt", "演唱会 球赛 第" + i + "场 电影 票房 粉丝");
        }
        CliRun train = CliRun.of("--data", dir.toString(), "classify", "--train", examples.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(dir.resolve("classifier/model.bin")));
        CliRun bad = CliRun.of("--data", dir.toString(), "classify", "--train", dir.resolve("nope").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("nope"), bad.err());
    }
}
