package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** The launcher's hidden warm-up runs every stage once and leaves nothing behind on stdout. */
class WarmUpCommandTest {

    @Test
    void runsEveryStageQuietly() {
        CliRun run = CliRun.of("warm-up");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void copiesSqlitesNativeLibraryWhereTheLauncherLooks(@TempDir Path dir) throws IOException {
        Path nativeDir = dir.resolve("native");
        Files.createDirectories(nativeDir);
        Files.writeString(nativeDir.resolve(LibraryLoaderUtil.getNativeLibName()), "an older copy");

        CliRun run = CliRun.of("warm-up", "--native-dir", nativeDir.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.list(nativeDir);
             InputStream bundled = LibraryLoaderUtil.class.getResourceAsStream(
                     LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertEquals(1, files.count(), "only the library, no partial copy");
            assertArrayEquals(bundled.readAllBytes(),
                    Files.readAllBytes(nativeDir.resolve(LibraryLoaderUtil.getNativeLibName())));
        }
    }
}
