package chanye.bench.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.bench.Results;
import chanye.cli.site.GeneratedArticle;
import chanye.cli.site.GeneratedSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PagesStageTest {

    @TempDir
    Path dir;

    @Test
    void writesEachArticlePageWithItsTruthInTheScorersLayout() throws Exception {
        int exit = new CommandLine(new PagesStage()).execute("--articles", "5", "--seed", "3", "--out", dir.toString());

        assertEquals(0, exit);
        GeneratedSite site = GeneratedSite.generate(5, 3);
        List<Map.Entry<String, GeneratedArticle>> articles = List.copyOf(site.articles().entrySet());
        for (int i = 0; i < articles.size(); i++) {
            Path page = dir.resolve(String.format("generated-%04d", i + 1));
            assertArrayEquals(site.site().page(articles.get(i).getKey()).orElseThrow().body(),
                    Files.readAllBytes(page.resolve("page.html")));
            JsonNode expected = Results.mapper().readTree(page.resolve("expected.json").toFile());
            assertEquals(articles.get(i).getValue().title(), expected.get("title").asText());
            assertEquals(articles.get(i).getValue().body(), expected.get("body").asText());
            assertEquals("news", expected.get("page_type").asText());
        }
        try (var folders = Files.list(dir)) {
            assertEquals(5, folders.count());
        }
    }
}
