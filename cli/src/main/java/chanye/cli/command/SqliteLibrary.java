package chanye.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library for this platform, copied out of sqlite-jdbc's jar once. Left to itself, sqlite-jdbc
 * writes the library into the temporary directory under a new name every time a process opens its first database,
 * reads it back to check it and deletes it at exit (about 70 ms of CPU at the start of every crawl, measured here);
 * pointed at a copy with its {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties, it loads that
 * copy at once, and falls back to its own extraction when the copy cannot be loaded.
 */
final class SqliteLibrary {

    private SqliteLibrary() {
    }

    /**
     * Copies the library into {@code dir} (created when missing) under sqlite-jdbc's own file name, replacing an
     * earlier copy in one move, so that a process loading it meanwhile sees the old file or the new one.
     *
     * @return the copy
     * @throws IOException when sqlite-jdbc holds no library for this platform, or the copy cannot be written
     */
    static Path copyTo(Path dir) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".partial");
        try (InputStream library = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            if (library == null) {
                throw new IOException("sqlite-jdbc has no native library for this platform: " + resource);
            }
            Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
