package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.site.RepublishedSite;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chanye demo}: serves, crawls and searches the sample site; never clears a folder that is not chanye's. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void crawlsTheSampleSiteAndShowsSearchesWithFacets() {
        Path data = dir.resolve("demo-data");
        CliRun run = CliRun.of("--data", data.toString(), "demo");
        assertEquals(0, run.exitCode(), run.err());
        int articles = SampleSite.manifest().articles().size() + RepublishedSite.republished().copies().size();
        assertTrue(run.out().contains("indexed " + articles + ","), run.out());
        assertTrue(run.out().contains("errors 0"), run.out());
        for (String query : SampleSite.manifest().exampleSearches()) {
            assertTrue(run.out().contains("$ chanye search " + query), run.out());
        }
        assertTrue(run.out().contains("clusters: "), run.out());
        assertTrue(run.out().contains("【"), "no highlighted snippet: " + run.out());
        assertTrue(run.out().contains(articles + " articles tell " + SampleSite.manifest().articles().size()
                + " stories"), run.out());
        CliRun again = CliRun.of("--data", data.toString(), "demo");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("indexed " + articles + ","), "a second demo starts afresh: " + again.out());
    }

    @Test
    void refusesToClearAFolderThatHoldsOtherFiles() throws IOException {
        Files.writeString(dir.resolve("thesis.docx"), "mine");
        CliRun run = CliRun.of("--data", dir.toString(), "demo");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not chanye data"), run.err());
        assertTrue(Files.exists(dir.resolve("thesis.docx")));
    }

    @Test
    void refusesToReplaceChanyeDataItDidNotMake() throws IOException {
        Path crawled = dir.resolve("my-crawl");
        Files.createDirectories(crawled.resolve("index"));
        Files.writeString(crawled.resolve("index").resolve("segments_1"), "a real crawl's index");

        CliRun run = CliRun.of("--data", crawled.toString(), "demo");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("the demo did not make"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(Files.exists(crawled.resolve("index").resolve("segments_1")));
    }

    @Test
    void aDirectoryTheDemoMadeIsTheUsersOnceTheyCrawlIntoIt() throws IOException {
        Path data = dir.resolve("demo-then-mine");
        assertEquals(0, CliRun.of("--data", data.toString(), "demo").exitCode());
        try (SiteServer server = SiteServer.start(SampleSite.load())) {
            CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--seeds", server.uri("/").toString(),
                    "--delay-ms", "0", "--max-pages", "3");
            assertEquals(0, crawl.exitCode(), crawl.err());
        }

        CliRun again = CliRun.of("--data", data.toString(), "demo");

        assertEquals(1, again.exitCode(), again.out());
        assertTrue(again.err().contains("the demo did not make"), again.err());
    }

    @Test
    void searchAndStatsWithoutAnIndexSayWhatToDo() {
        Path empty = dir.resolve("nothing-here");
        for (String command : new String[] {"search", "stats"}) {
            CliRun run = command.equals("search")
                    ? CliRun.of("--data", empty.toString(), "search", "光伏")
                    : CliRun.of("--data", empty.toString(), "stats");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("crawl"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }
}
