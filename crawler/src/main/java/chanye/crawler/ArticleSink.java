package chanye.crawler;

import java.io.IOException;

/**
 * Where the crawler hands the articles it finds (in chanye: classify, then index).
 *
 * <p>The crawler calls {@link #accept} from its worker threads, so implementations are thread-safe. It calls
 * {@link #flush} before it records fetched URLs as done in its own state, so that a crash between the two
 * re-fetches a page rather than losing it; {@link #accept} and {@link #remove} are therefore idempotent per URL.
 */
public interface ArticleSink {

    /** What the sink did with an article. */
    enum Outcome {
        /** stored as a new or changed document */
        INDEXED,
        /** not stored: the same content is stored under another URL */
        DUPLICATE,
        /** not stored: the same content is already stored under this URL */
        UNCHANGED
    }

    /** Takes one article; the crawler counts the outcome. */
    Outcome accept(CrawledArticle article) throws IOException;

    /**
     * Removes the document of a URL, as when its page is gone at the source; made durable by the next
     * {@link #flush}.
     *
     * @param url the URL the document was accepted under
     * @return whether there was one
     */
    boolean remove(String url) throws IOException;

    /** Makes everything accepted so far durable. */
    void flush() throws IOException;

    /**
     * Thrown by {@link #accept} or {@link #remove} when the sink cannot take any article for now (its index is
     * unreachable), as opposed to this article failing: the run ends with it, and the page, not recorded as done,
     * stays queued for a resumed run.
     */
    final class UnavailableException extends IOException {

        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
