package chanye.crawler;

/**
 * Hears what a crawl does as it happens, for progress bars and logs. Called from worker threads; implementations
 * are thread-safe and quick. Every method has an empty default.
 */
public interface CrawlListener {

    /** A listener that ignores everything. */
    CrawlListener NONE = new CrawlListener() {
    };

    /** A page was fetched with the given HTTP status. */
    default void fetched(String url, int status) {
    }

    /** An article was found on the page at {@code url} and handed to the sink with the given outcome. */
    default void article(String url, ArticleSink.Outcome outcome) {
    }

    /** A URL failed; {@code reason} says why in a few words (status, timeout, too large, ...). */
    default void error(String url, String reason) {
    }

    /** The document of a page gone at the source was removed from the index; {@code reason} says why. */
    default void removed(String url, String reason) {
    }

    /** robots.txt disallowed a URL. */
    default void robotsBlocked(String url) {
    }

    /** A URL was fetched or seen but not parsed; {@code reason} says why (not HTML, unchanged, ...). */
    default void skipped(String url, String reason) {
    }

    /** A link on the page at {@code page} that could not be normalised (malformed or overlong) was dropped. */
    default void badLink(String page, String href) {
    }

    /**
     * A page was read but something was wrong with it, such as a later page of its article that failed (named in the
     * problem with its URL).
     */
    default void pageProblem(String url, String problem) {
    }

    /**
     * A host could not be reached at all (its robots.txt could not be fetched): its pages are tried in turn.
     *
     * @param host    the host, with its port when the URL names one
     * @param reason  why, in a few words (connection refused, timeout, unknown host ...)
     * @param retries how many times each page will be tried again before it counts as an error (0 when the reason
     *                is not one that passes)
     */
    default void unreachable(String host, String reason, int retries) {
    }

    /** How many URLs wait in the queue now; called about once a second while the crawl runs. */
    default void queued(long urls) {
    }

    /** Something worth a log line that is not a failure, e.g. a robots.txt Crawl-delay that was capped. */
    default void notice(String url, String message) {
    }
}
