package chanye.bench.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.cli.site.GeneratedSite;
import chanye.cli.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportStageTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryPageAsTheFileAWebServerServesAtItsPath() throws Exception {
        Path site = dir.resolve("site");

        int exit = new CommandLine(new ExportStage()).execute("--articles", "12", "--seed", "3", "--dir",
                site.toString(), "--out", dir.resolve("site.json").toString());

        assertEquals(0, exit);
        Site generated = GeneratedSite.generate(12, 3).site();
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(generated.size(), files.filter(Files::isRegularFile).count());
        }
        for (String path : generated.paths()) {
            Path file = site.resolve((path.endsWith("/") ? path + "index.html" : path).substring(1));
            assertArrayEquals(generated.page(path).orElseThrow().body(), Files.readAllBytes(file), path);
        }
    }
}
