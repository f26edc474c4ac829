package chanye.crawler;

import java.nio.file.Path;
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
 */
public record CrawlConfig(List<String> seeds, int maxPages, int maxDepth, long delayMs, int concurrency,
                          List<String> includes, List<String> excludes, boolean followExternal, String userAgent,
                          boolean resume, Path dataDir) {

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
    }
}
