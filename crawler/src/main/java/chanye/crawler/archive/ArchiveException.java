package chanye.crawler.archive;

import java.io.IOException;
import java.nio.file.Path;

/** A WARC file could not be created, written or closed. The message names the file. */
public final class ArchiveException extends IOException {

    private final String file;

    ArchiveException(Path file, String reason, Throwable cause) {
        super("cannot write WARC file " + file + ": " + reason, cause);
        this.file = file.toString();
    }

    ArchiveException(Path file, IOException cause) {
        this(file, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }

    /** The WARC file that failed. */
    public Path file() {
        return Path.of(file);
    }
}
