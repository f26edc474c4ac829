package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.Json;
import chanye.cli.site.RepublishedSite;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code chanye export} over the sample site and its republished copies: every matching article, copies included,
 * one row each, in CSV that Excel reads with Chinese, JSON Lines and XLSX; read back with Commons CSV, Jackson and
 * POI.
 */
class ExportCommandTest {

    private static final int ARTICLES = SampleSite.manifest().articles().size()
            + RepublishedSite.republished().copies().size();

    @TempDir
    static Path data;

    @TempDir
    Path out;

    @BeforeAll
    static void crawl() {
        try (SiteServer sample = SiteServer.start(SampleSite::load);
             SiteServer copies = SiteServer.start(RepublishedSite.load())) {
            CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--seeds", sample.baseUri().toString(),
                    "http://localhost:" + copies.baseUri().getPort() + "/", "--delay-ms", "0");
            assertEquals(0, crawl.exitCode(), crawl.err());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private CliRun export(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString(), "export"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a UTF-8 byte order mark, for Excel");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.skip(1);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void csvHoldsEveryCopyOneRowEachWithItsStory() throws IOException {
        Path file = out.resolve("all.csv");
        CliRun run = export("--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("exported " + ARTICLES + " articles to " + file + " (csv)", run.out().strip());
        List<CSVRecord> rows = readCsv(file);
        assertEquals(ARTICLES, rows.size());
        Set<String> stories = new HashSet<>();
        rows.forEach(row -> stories.add(row.get("story")));
        assertEquals(SampleSite.manifest().articles().size(), stories.size());
        assertEquals(List.of("url", "title", "publishTime", "site", "source", "author", "clusters", "evidence",
                "regions", "keywords", "story"), rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.stream().anyMatch(row -> row.get("clusters").matches("[a-z-]+ \\d+\\.\\d.*")), rows.toString());
        assertTrue(String.join("", Files.readAllLines(file)).contains("\r") || Files.readString(file).contains("\r\n"),
                "CRLF line ends");
    }

    @Test
    void aQueryAndFiltersChooseTheRowsAndBodiesComeWhole() throws IOException {
        Path file = out.resolve("coal.csv");
        CliRun run = export("煤", "--cluster", "coal", "--with-body", "--format", "csv", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = readCsv(file);
        assertTrue(!rows.isEmpty() && rows.size() < ARTICLES, rows.toString());
        for (CSVRecord row : rows) {
            assertTrue(row.get("clusters").contains("coal"), row.toString());
            assertTrue(row.get("body").contains("\n") && row.get("body").contains("煤"), row.toString());
        }
    }

    @Test
    void jsonLinesCarryListsAndClusterObjects() throws IOException {
        Path file = out.resolve("all.jsonl");
        assertEquals(0, export("--region", "哈密", "--out", file.toString()).exitCode());
        List<String> lines = Files.readAllLines(file);
        assertTrue(!lines.isEmpty());
        for (String line : lines) {
            JsonNode row = Json.mapper().readTree(line);
            assertTrue(row.get("regions").isArray() && row.get("regions").toString().contains("哈密"), line);
            assertTrue(row.get("clusters").isArray() && !row.has("body"), line);
            assertEquals(16, row.get("story").asText().length());
        }
        assertTrue(Files.readString(file).endsWith("\n"));
    }

    @Test
    void xlsxOpensInPoiWithADateColumn() throws IOException {
        Path file = out.resolve("all.xlsx");
        CliRun run = export("--with-body", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet("articles");
            assertEquals(ARTICLES, sheet.getLastRowNum());
            assertEquals("body", sheet.getRow(0).getCell(11).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().getYear() >= 2023);
            assertTrue(sheet.getRow(1).getCell(11).getStringCellValue().length() > 100);
        }
    }

    @Test
    void anEmptySelectionWritesTheHeaderAndSaysSo() throws IOException {
        Path file = out.resolve("none.csv");
        CliRun run = export("--since", "2999-01-01", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no article matches"), run.err());
        assertEquals(0, readCsv(file).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--format pdf --out {out}/x.pdf   | '--format': expected csv, jsonl, xlsx, not 'pdf'",
        "--out {out}/x.txt                | give --format csv, jsonl or xlsx, or an --out ending in .csv, .jsonl or .xlsx",
        "--out {out}/missing/x.csv        | the folder {out}/missing does not exist",
        "--out {out}                      | is a folder: give a file name in it",
        "--cluster coal 准东 --out {out}/x.csv | unknown cluster: 准东",
    })
    void badInputIsOneLineAndExitTwoAndWritesNothing(String args, String expected) throws IOException {
        CliRun run = export(args.replace("{out}", out.toString()).strip().split(" +"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected.replace("{out}", out.toString())), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @AfterAll
    static void nothingLeftBehind() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")));
        }
    }
}
