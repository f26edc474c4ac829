package chanye.crawler.testkit;

import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlLimits;
import java.nio.file.Path;
import java.time.Duration;

/** Configurations for fast loopback test crawls. */
public final class Crawls {

    /** Short timeouts and quick, bounded retries, so that failing pages cost milliseconds. */
    public static final CrawlLimits FAST = CrawlLimits.DEFAULTS
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(2))
            .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(300));

    private Crawls() {
    }

    /** No delay, two hosts at once, 1,000 pages, depth 5, same host only. */
    public static CrawlConfig config(Path data, String... seeds) {
        return CrawlConfig.builder(data).seeds(seeds).delayMs(0).concurrency(2).build();
    }

    /** The same configuration with another page budget and depth. */
    public static CrawlConfig bounded(CrawlConfig c, int maxPages, int maxDepth) {
        return c.toBuilder().maxPages(maxPages).maxDepth(maxDepth).build();
    }

    /** The same configuration with one worker, so that pages are parsed in the order they are fetched. */
    public static CrawlConfig oneWorker(CrawlConfig c) {
        return c.toBuilder().concurrency(1).build();
    }

    /** The same configuration, resuming. */
    public static CrawlConfig resuming(CrawlConfig c) {
        return c.toBuilder().resume(true).build();
    }

    /** The same configuration, leaving alone the articles fetched less than {@code refetchAfter} ago. */
    public static CrawlConfig refetchingAfter(CrawlConfig c, Duration refetchAfter) {
        return c.toBuilder().refetchAfter(refetchAfter).build();
    }
}
