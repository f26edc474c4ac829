package chanye.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.CliRun;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.site.SampleSite;
import chanye.cli.site.Site;
import chanye.cli.site.SiteServer;
import chanye.index.ArticleIndexWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A data directory stays bound to the taxonomy its index was built with: crawls of the sample site through the real
 * command line may repeat that taxonomy (judged by content) but not switch to another while documents are indexed.
 */
class TaxonomiesTest {


    @TempDir
    static Path dir;

    private static SiteServer server;
    private static Path built2025;
    private static Path builtDefault;

    @BeforeAll
    static void crawlWithEachBundledTaxonomy() throws IOException {
        server = SiteServer.start(SampleSite::load);
        built2025 = dir.resolve("built-2025");
        builtDefault = dir.resolve("built-default");
        assertCrawled(crawl(built2025, server.baseUri().toString(), "--taxonomy", "xinjiang-2025-10"));
        assertCrawled(crawl(builtDefault, server.baseUri().toString()));
        writeRenamedCopyOf2025(dir.resolve("mine.json"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0} --taxonomy {1}")
    @CsvSource({
        "built-2025,    xinjiang-8",
        "built-default, xinjiang-2025-10",
        "built-default, mine.json",
    })
    void switchingTheTaxonomyOfAnIndexWithDocumentsIsBadUsageAndChangesNothing(String data, String taxonomy)
            throws IOException {
        Path root = dir.resolve(data);
        String indexedName = Taxonomies.forData(new DataDir(root)).name();
        byte[] stored = Files.exists(root.resolve("taxonomy.json")) ? Files.readAllBytes(root.resolve("taxonomy.json"))
                : null;
        CliRun run = crawl(root, server.baseUri().toString(), "--taxonomy", option(taxonomy));
        assertAll(
            () -> assertEquals(2, run.exitCode(), run.err()),
            () -> assertEquals(1, run.err().lines().count(), run.err()),
            () -> assertTrue(run.err().contains("--taxonomy " + option(taxonomy)), run.err()),
            () -> assertTrue(run.err().contains("'" + indexedName + "'"), run.err()),
            () -> assertTrue(run.err().contains("another --data") && run.err().contains(root.resolve("index").toString()),
                    run.err()),
            () -> assertFalse(run.err().contains("\tat "), run.err()));
        if (stored == null) {
            assertFalse(Files.exists(root.resolve("taxonomy.json")));
        } else {
            assertArrayEquals(stored, Files.readAllBytes(root.resolve("taxonomy.json")));
        }
    }

    @ParameterizedTest(name = "{0} --taxonomy {1}")
    @CsvSource({
        "built-2025,    xinjiang-2025-10",
        "built-2025,    mine.json",
        "built-default, xinjiang-8",
    })
    void theSameTaxonomyAgainByNameOrByContentMayRecrawl(String data, String taxonomy) {
        CliRun run = crawl(dir.resolve(data), server.baseUri().toString(), "--taxonomy", option(taxonomy));
        assertCrawled(run);
        CliRun search = CliRun.of("--data", dir.resolve(data).toString(), "search", "光伏", "--cluster",
                data.equals("built-2025") ? "power-system" : "new-energy");
        assertEquals(0, search.exitCode(), search.err());
    }

    @Test
    void aDataDirectoryWithATaxonomyButNoDocumentsMaySwitch() throws IOException {
        try (SiteServer empty = SiteServer.start(Site.builder().build())) {
            String seed = empty.baseUri().toString();
            Path data = dir.resolve("no-documents");
            assertCrawled(crawl(data, seed, "--taxonomy", "xinjiang-2025-10"));
            assertTrue(Files.isDirectory(data.resolve("index")));
            assertCrawled(crawl(data, seed, "--taxonomy", "xinjiang-8"));
            assertEquals("xinjiang-8", Taxonomies.forData(new DataDir(data)).name());
            Path noIndex = Files.createDirectories(dir.resolve("no-index"));
            Files.copy(data.resolve("taxonomy.json"), noIndex.resolve("taxonomy.json"));
            assertCrawled(crawl(noIndex, seed, "--taxonomy", "xinjiang-2025-10"));
            assertEquals("xinjiang-2025-10", Taxonomies.forData(new DataDir(noIndex)).name());
        }
    }

    @Test
    void aCrawlThatFindsTheIndexInUseLeavesTheDataDirectorysTaxonomyAlone() throws IOException {
        Path data = dir.resolve("in-use");
        Segmenter segmenter = ArticleClassifier.segmenterFor(Taxonomy.loadDefault());
        try (ArticleIndexWriter running = ArticleIndexWriter.open(new DataDir(data).index(), segmenter)) {
            CliRun run = crawl(data, server.baseUri().toString(), "--taxonomy", "xinjiang-2025-10");

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("in use"), run.err());
            assertFalse(Files.exists(data.resolve("taxonomy.json")), "the running crawl's data keeps its taxonomy");
        }
    }

    private static CliRun crawl(Path data, String seed, String... options) {
        String[] args = {"--data", data.toString(), "-q", "crawl", "--seeds", seed, "--delay-ms", "0"};
        String[] all = new String[args.length + options.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        return CliRun.of(all);
    }

    private static void assertCrawled(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
    }

    private static String option(String taxonomy) {
        return taxonomy.endsWith(".json") ? dir.resolve(taxonomy).toString() : taxonomy;
    }

    /** The bundled xinjiang-2025-10 under another name and title, laid out differently. */
    private static void writeRenamedCopyOf2025(Path file) throws IOException {
        ObjectNode taxonomy;
        try (InputStream in = TaxonomiesTest.class.getResourceAsStream("/chanye/classifier/taxonomy/xinjiang-2025-10.json")) {
            taxonomy = (ObjectNode) Json.mapper().readTree(in);
        }
        taxonomy.put("name", "mine").put("title", "my copy");
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(taxonomy));
    }
}
