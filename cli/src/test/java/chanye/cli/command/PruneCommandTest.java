package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.CliRun;
import chanye.cli.Json;
import chanye.cli.site.SampleSite;
import chanye.cli.site.Site;
import chanye.cli.site.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages deleted at the source leave the index: by a re-crawl that finds them gone twice, or by prune at once. */
class PruneCommandTest {

    @TempDir
    Path dir;

    private static final Site SAMPLE = SampleSite.load();

    /**
     * The sample site without two of its articles, as after their deletion at the source. Neither is the target of
     * an old address that redirects to it: such an address records the same document, and whether a crawl fetches
     * it depends on the order the pages come in.
     */
    private static Site withoutTwoArticles() {
        Set<String> redirected = SampleSite.manifest().redirects().stream().map(r -> r.to())
                .collect(Collectors.toSet());
        List<String> gone = SampleSite.manifest().articles().stream().map(a -> a.path())
                .filter(path -> !redirected.contains(path)).limit(2).toList();
        Site.Builder site = Site.builder();
        SAMPLE.paths().stream().filter(path -> !gone.contains(path))
                .forEach(path -> site.add(path, SAMPLE.page(path).orElseThrow()));
        return site.build();
    }

    private static JsonNode crawl(Path data, SiteServer server) throws IOException {
        CliRun run = CliRun.of("--data", data.toString(), "crawl", "--seeds", server.uri("/").toString(),
                "--delay-ms", "0", "--json");
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.lastLine());
    }

    private static int documents(Path data) throws IOException {
        return Json.mapper().readTree(CliRun.of("--data", data.toString(), "stats", "--json").out())
                .get("documents").asInt();
    }

    @Test
    void aReCrawlRemovesArticlesGoneInTwoRunsAndPruneRemovesThemAtOnce() throws IOException {
        int articles = SampleSite.manifest().articles().size();
        Path crawled = dir.resolve("crawled");
        Path pruned = dir.resolve("pruned");
        try (SiteServer server = SiteServer.start(SAMPLE)) {
            crawl(crawled, server);
            crawl(pruned, server);
            server.replace(withoutTwoArticles());

            assertEquals(0, crawl(crawled, server).get("removed").asInt());
            assertEquals(articles, documents(crawled), "one 404 does not delete");
            JsonNode second = crawl(crawled, server);
            assertEquals(2, second.get("removed").asInt(), second.toString());
            assertEquals(articles - 2, documents(crawled));

            crawl(pruned, server);
            CliRun prune = CliRun.of("--data", pruned.toString(), "prune", "--gone", "--json");
            assertEquals(0, prune.exitCode(), prune.err());
            assertEquals(Json.mapper().readTree("{\"gone\":2,\"removed\":2}"), Json.mapper().readTree(prune.out()));
            assertEquals(articles - 2, documents(pruned));
            CliRun again = CliRun.of("--data", pruned.toString(), "prune", "--gone");
            assertEquals("removed 0 documents of 0 pages gone at the source (404 or 410) from "
                    + pruned.resolve("index"), again.out().strip());
        }
    }

    @Test
    void pruneWithoutCrawlStateOrWithoutSayingWhatIsBadUsageInOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun noState = CliRun.of("--data", empty.toString(), "prune", "--gone");
        CliRun noWhat = CliRun.of("--data", empty.toString(), "prune");

        assertEquals(2, noState.exitCode());
        assertEquals("chanye: " + empty + " holds no crawl state (no " + empty.resolve("crawl").resolve("state.db")
                + "): prune works from what a crawl recorded; crawl into it first", noState.err().strip());
        assertEquals(2, noWhat.exitCode());
        assertEquals(1, noWhat.err().strip().lines().count(), noWhat.err());
        assertTrue(noWhat.err().contains("--gone"), noWhat.err());
        assertEquals(Set.of(), Set.of((Object[]) empty.toFile().list()), "nothing was created");
    }
}
