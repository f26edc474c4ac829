package chanye.index;

import java.io.IOException;

/**
 * The index as a whole cannot serve now, whatever the article or query: missing, locked, corrupt, unreachable, or
 * failing after its retries. Not one article's fault, so a crawl stops rather than fail page after page. The message
 * is one line that names the index and says what to do.
 */
public class BackendUnavailableException extends IOException {

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
