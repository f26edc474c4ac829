package chanye.crawler.fetch;

import java.io.IOException;

/**
 * A fetch that produced no usable response. The message is the short reason the crawl logs and counts
 * ("timeout", "body over 10485760 bytes", "redirect to ftp:", ...).
 */
public class FetchException extends IOException {

    private final boolean transientFailure;

    /**
     * @param reason           a few words saying what went wrong
     * @param transientFailure whether trying again later may succeed (timeouts, resets), as opposed to a page that
     *                         will fail the same way every time (too large, refused, bad redirect)
     */
    public FetchException(String reason, boolean transientFailure, Throwable cause) {
        super(reason, cause);
        this.transientFailure = transientFailure;
    }

    /** Whether a retry may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
