package chanye.crawler;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The crawl state under {@code --data} cannot be used: another crawl holds it, or it is unreadable. The message
 * says which and what to do.
 */
public final class CrawlStateException extends IOException {

    private final Path path;

    public CrawlStateException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** The state file or directory concerned. */
    public Path path() {
        return path;
    }
}
