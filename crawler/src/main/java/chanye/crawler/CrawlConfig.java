package chanye.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a crawl run is told by its user: where to start, how far to go and how politely.
 *
 * @param seeds          start URLs (pages, sitemaps or RSS/Atom feeds)
 * @param maxPages       the most fetches this run makes
 * @param maxDepth       the most links followed from a seed
 * @param delayMs        the minimum gap between two requests to one host
 * @param concurrency    how many hosts are fetched from at once
 * @param includes       regexes a URL must match one of to be followed (empty: all)
 * @param excludes       regexes that stop a URL from being followed
 * @param followExternal whether links to hosts other than the seeds' are followed
 * @param userAgent      the User-Agent header sent and matched against robots.txt
 * @param resume         whether to continue the frontier saved under {@code dataDir}
 * @param dataDir        where the crawl state lives
 * @param refetchAfter   how long an article fetched (or found unchanged) by an earlier run is left alone: a new run
 *                       does not queue it again before that. {@link Duration#ZERO}: every article found again is
 *                       re-checked, conditionally
 */
public record CrawlConfig(List<String> seeds, int maxPages, int maxDepth, long delayMs, int concurrency,
                          List<String> includes, List<String> excludes, boolean followExternal, String userAgent,
                          boolean resume, Path dataDir, Duration refetchAfter) {

    /**
     * The User-Agent sent when the user gives none: names the tool and leaves a contact slot. The project has no
     * public home, so the URL is a reserved placeholder; a crawl of real sites should give {@code --user-agent}
     * with the operator's own contact.
     */
    public static final String DEFAULT_USER_AGENT = "chanye/0.1 (+https://chanye.invalid/crawler; batch news crawler)";

    public CrawlConfig {
        seeds = List.copyOf(seeds);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        userAgent = Objects.requireNonNullElse(userAgent, DEFAULT_USER_AGENT);
        Objects.requireNonNull(dataDir, "dataDir");
        refetchAfter = Objects.requireNonNullElse(refetchAfter, Duration.ZERO);
        if (refetchAfter.isNegative()) {
            throw new IllegalArgumentException("refetchAfter must not be negative: " + refetchAfter);
        }
    }

    /** A configuration that re-checks every article found again ({@code refetchAfter} zero). */
    public CrawlConfig(List<String> seeds, int maxPages, int maxDepth, long delayMs, int concurrency,
                       List<String> includes, List<String> excludes, boolean followExternal, String userAgent,
                       boolean resume, Path dataDir) {
        this(seeds, maxPages, maxDepth, delayMs, concurrency, includes, excludes, followExternal, userAgent, resume,
                dataDir, Duration.ZERO);
    }
}
