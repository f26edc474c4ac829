package chanye.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a crawl run is told by its user: where to start, how far to go and how politely. Built with
 * {@link #builder(Path)}, whose defaults are the command line's.
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
 * @param maxListPages   the most pages of one list (a channel's pager: list_2.html, ?page=3, 下一页) reached
 *                       without spending depth in a run; further pages of it spend depth like other links
 */
public record CrawlConfig(List<String> seeds, int maxPages, int maxDepth, long delayMs, int concurrency,
                          List<String> includes, List<String> excludes, boolean followExternal, String userAgent,
                          boolean resume, Path dataDir, Duration refetchAfter, int maxListPages) {

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

    /** The default of {@link #maxListPages}. */
    public static final int DEFAULT_MAX_LIST_PAGES = 500;

    /**
     * A builder with the command line's defaults: no seeds, 1,000 pages, depth 5, 1,000 ms between requests to one
     * host, 4 hosts at once, no include or exclude, the seeds' hosts only, the default User-Agent, a new run, every
     * article found again re-checked, and 500 pages per list reached without spending depth.
     *
     * @param dataDir where the crawl state lives
     */
    public static Builder builder(Path dataDir) {
        return new Builder(Objects.requireNonNull(dataDir, "dataDir"));
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder(dataDir).seeds(seeds).maxPages(maxPages).maxDepth(maxDepth).delayMs(delayMs)
                .concurrency(concurrency).includes(includes).excludes(excludes).followExternal(followExternal)
                .userAgent(userAgent).resume(resume).refetchAfter(refetchAfter).maxListPages(maxListPages);
    }

    /** Builds a {@link CrawlConfig}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {

        private final Path dataDir;
        private List<String> seeds = List.of();
        private int maxPages = 1000;
        private int maxDepth = 5;
        private long delayMs = 1000;
        private int concurrency = 4;
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private boolean followExternal;
        private String userAgent = DEFAULT_USER_AGENT;
        private boolean resume;
        private Duration refetchAfter = Duration.ZERO;
        private int maxListPages = DEFAULT_MAX_LIST_PAGES;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        /** Start URLs. */
        public Builder seeds(List<String> urls) {
            this.seeds = List.copyOf(urls);
            return this;
        }

        /** Start URLs. */
        public Builder seeds(String... urls) {
            return seeds(List.of(urls));
        }

        /** The most fetches this run makes. */
        public Builder maxPages(int pages) {
            this.maxPages = pages;
            return this;
        }

        /** The most links followed from a seed. */
        public Builder maxDepth(int depth) {
            this.maxDepth = depth;
            return this;
        }

        /** The minimum gap between two requests to one host. */
        public Builder delayMs(long ms) {
            this.delayMs = ms;
            return this;
        }

        /** How many hosts are fetched from at once. */
        public Builder concurrency(int hosts) {
            this.concurrency = hosts;
            return this;
        }

        /** Regexes a URL must match one of to be followed (empty: all). */
        public Builder includes(List<String> regexes) {
            this.includes = List.copyOf(regexes);
            return this;
        }

        /** Regexes that stop a URL from being followed. */
        public Builder excludes(List<String> regexes) {
            this.excludes = List.copyOf(regexes);
            return this;
        }

        /** Whether links to hosts other than the seeds' are followed. */
        public Builder followExternal(boolean follow) {
            this.followExternal = follow;
            return this;
        }

        /** The User-Agent; {@code null} for {@link #DEFAULT_USER_AGENT}. */
        public Builder userAgent(String agent) {
            this.userAgent = agent;
            return this;
        }

        /** Whether to continue the frontier saved under the data directory. */
        public Builder resume(boolean resuming) {
            this.resume = resuming;
            return this;
        }

        /** How long an article fetched by an earlier run is left alone; {@code null} for zero. */
        public Builder refetchAfter(Duration duration) {
            this.refetchAfter = duration;
            return this;
        }

        /** The most pages of one list reached without spending depth in a run. */
        public Builder maxListPages(int pages) {
            this.maxListPages = pages;
            return this;
        }

        /**
         * @throws IllegalArgumentException when {@code refetchAfter} is negative
         */
        public CrawlConfig build() {
            return new CrawlConfig(seeds, maxPages, maxDepth, delayMs, concurrency, includes, excludes,
                    followExternal, userAgent, resume, dataDir, refetchAfter, maxListPages);
        }
    }
}
