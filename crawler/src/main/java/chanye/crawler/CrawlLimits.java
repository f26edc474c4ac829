package chanye.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds a crawl keeps to whatever a server does: timeouts, body size, redirects, retries and waits. The
 * defaults suit long batch runs against real sites; tests shorten them.
 *
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout    the longest silence while reading a response
 * @param callTimeout    the longest whole call, so that a response that never ends is cut
 * @param maxBodyBytes   the largest body read, counted after decompression
 * @param maxRedirects   the most redirects followed from one URL
 * @param maxRetries     the most retries of one URL after a transient failure (429, 5xx, timeout, reset)
 * @param retryBase      the first back-off when a server gives no Retry-After; it doubles per retry, plus jitter
 * @param maxRetryWait   the longest back-off, whatever Retry-After says
 * @param maxCrawlDelay  the largest robots.txt Crawl-delay obeyed; larger values are capped and reported
 * @param maxHostFailures the most transient failures in a row (timeouts, refused connections, 429, 5xx; retries
 *                        included) after which a host is given up for the run: its URLs still queued stay queued
 *                        in the crawl state, for a later {@code --resume}, instead of each failing in turn
 */
public record CrawlLimits(Duration connectTimeout, Duration readTimeout, Duration callTimeout, long maxBodyBytes,
                          int maxRedirects, int maxRetries, Duration retryBase, Duration maxRetryWait,
                          Duration maxCrawlDelay, int maxHostFailures) {

    /**
     * The limits for real crawls: 10 s connect, 30 s read, 60 s per call, 10 MB, 10 redirects, 3 retries, a host
     * given up after 10 failures in a row (with the default back-off, a few minutes of outage).
     */
    public static final CrawlLimits DEFAULTS = new CrawlLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 10L * 1024 * 1024, 10, 3, Duration.ofSeconds(2), Duration.ofMinutes(2),
            Duration.ofSeconds(60), 10);

    public CrawlLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        if (maxBodyBytes <= 0 || maxRedirects < 0 || maxRetries < 0 || maxHostFailures <= 0) {
            throw new IllegalArgumentException("limits out of range: " + maxBodyBytes + " bytes, "
                    + maxRedirects + " redirects, " + maxRetries + " retries, " + maxHostFailures
                    + " host failures");
        }
    }

    /** These limits with other timeouts. */
    public CrawlLimits withTimeouts(Duration connect, Duration read, Duration call) {
        return new CrawlLimits(connect, read, call, maxBodyBytes, maxRedirects, maxRetries, retryBase, maxRetryWait,
                maxCrawlDelay, maxHostFailures);
    }

    /** These limits with another body cap. */
    public CrawlLimits withMaxBodyBytes(long bytes) {
        return new CrawlLimits(connectTimeout, readTimeout, callTimeout, bytes, maxRedirects, maxRetries, retryBase,
                maxRetryWait, maxCrawlDelay, maxHostFailures);
    }

    /** These limits with another retry policy. */
    public CrawlLimits withRetries(int retries, Duration base, Duration maxWait) {
        return new CrawlLimits(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects, retries, base,
                maxWait, maxCrawlDelay, maxHostFailures);
    }

    /** These limits with another Crawl-delay cap. */
    public CrawlLimits withMaxCrawlDelay(Duration cap) {
        return new CrawlLimits(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects, maxRetries,
                retryBase, maxRetryWait, cap, maxHostFailures);
    }

    /** These limits with another number of failures in a row that gives a host up for the run. */
    public CrawlLimits withMaxHostFailures(int failures) {
        return new CrawlLimits(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects, maxRetries,
                retryBase, maxRetryWait, maxCrawlDelay, failures);
    }
}
