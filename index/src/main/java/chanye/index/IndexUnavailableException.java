package chanye.index;

import java.nio.file.Path;

/**
 * The index cannot be opened: missing, in use by another writer, or corrupt. The message names the directory and
 * says how to recover.
 */
public final class IndexUnavailableException extends BackendUnavailableException {

    private final Path indexDir;

    public IndexUnavailableException(Path indexDir, String message, Throwable cause) {
        super(indexDir + ": " + message, cause);
        this.indexDir = indexDir;
    }

    /** The index directory concerned. */
    public Path indexDir() {
        return indexDir;
    }
}
