package chanye.crawler;

import chanye.crawler.archive.ResponseArchive;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.fetch.AddressGuard;
import chanye.crawler.fetch.Fetcher;
import chanye.crawler.fetch.OkHttpFetcher;
import chanye.crawler.frontier.Work;
import chanye.crawler.robots.RobotsReader;
import chanye.crawler.state.CrawlStore;
import chanye.crawler.state.NewUrl;
import chanye.crawler.state.UrlKind;
import chanye.crawler.state.UrlStatus;
import chanye.crawler.url.ScopeFilter;
import chanye.crawler.url.UrlFilter;
import chanye.crawler.url.UrlKeys;
import chanye.crawler.url.UrlNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import okhttp3.Dns;

/**
 * A polite, resumable batch crawler: fetches from the seeds, follows links within scope, extracts each article
 * and hands it to a sink, keeping its frontier and seen set under the configured data directory.
 *
 * <p>Counting ({@link CrawlSummary}): {@code fetched} counts URLs that got a response, of any status, once each
 * after retries. Each URL the run finishes then ends in at most one of: {@code skipped} (a response not parsed:
 * not HTML, 304, a missing sitemap), {@code errors} (a failure of any kind, with or without a response, including
 * addresses refused by the {@link AddressGuard}, redirects to other schemes and bad seeds), {@code robotsBlocked}
 * (disallowed, never requested), or {@code articles} (then {@code indexed} or {@code duplicates} by the sink's
 * outcome). Links out of scope are dropped when found and not counted; robots.txt reads are not counted. A crawl split
 * by host (a {@link chanye.crawler.url.HostPartition} filter) counts the distinct URLs in scope it leaves to the other
 * processes as {@code diverted}, seeds included: all seeds' hosts are in scope, so that links between them are.
 */
public final class Crawler {

    private final CrawlConfig config;
    private final ArticleExtractor extractor;
    private final CrawlListener listener;
    private final CrawlLimits limits;
    private final Fetcher fetcher;
    private final UrlFilter filter;
    private final ResponseArchive archive;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** A crawler with the default limits, fetching over HTTP with the system resolver. */
    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener) {
        this(config, extractor, listener, CrawlLimits.DEFAULTS);
    }

    /** A crawler with the given limits, fetching over HTTP with the system resolver. */
    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener, CrawlLimits limits) {
        this(config, extractor, listener, limits, ResponseArchive.NONE);
    }

    /**
     * A crawler with the given limits, fetching over HTTP with the system resolver, that gives every response it
     * fetches for a page, sitemap or feed to {@code archive} (the caller opens and closes it).
     */
    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener, CrawlLimits limits,
                   ResponseArchive archive) {
        this(config, extractor, listener, limits, httpFetcher(config, limits, Dns.SYSTEM), UrlFilter.all(), archive);
    }

    /**
     * A crawler with its seams given: how URLs are fetched (other protocols, runners, tests) and which URLs, beyond
     * the configured scope, this crawler takes (e.g. a {@link chanye.crawler.url.HostPartition} when several
     * processes share a crawl by host; seeds outside it are left to the others).
     *
     * @param limits the retry and Crawl-delay bounds the crawler applies; the fetcher applies its own timeouts
     */
    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener, CrawlLimits limits,
                   Fetcher fetcher, UrlFilter filter) {
        this(config, extractor, listener, limits, fetcher, filter, ResponseArchive.NONE);
    }

    /**
     * A crawler with its seams given, as above, and an archive that gets every response fetched for a page,
     * sitemap or feed (the caller opens and closes it); a failing archive ends the run with its IOException.
     */
    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener, CrawlLimits limits,
                   Fetcher fetcher, UrlFilter filter, ResponseArchive archive) {
        this.config = Objects.requireNonNull(config, "config");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /**
     * The HTTP fetcher a crawl of these seeds uses: each seed's own address class (loopback, private) is allowed,
     * every other non-public address refused.
     *
     * @param dns how names are resolved; the system resolver outside tests
     */
    public static OkHttpFetcher httpFetcher(CrawlConfig config, CrawlLimits limits, Dns dns) {
        AddressGuard guard = AddressGuard.forSeeds(seedHosts(config.seeds(), new UrlNormalizer()), dns);
        return new OkHttpFetcher(limits, config.userAgent(), guard, dns);
    }

    /**
     * Runs the crawl until the frontier is empty, {@code maxPages} is reached or {@link #stop()} is called. A
     * resumed run keeps the seeds recorded by the run it resumes (its scope), with any seeds given added; to resume
     * over HTTP on loopback or private addresses without naming the seeds again, build the fetcher from a
     * configuration holding {@link CrawlStore#savedSeeds}.
     *
     * @throws CrawlStateException when the state under the data directory is in use by another crawl or unreadable
     * @throws IOException         when the state, the sink or the archive fails during the run (pages fetched since
     *                             the last commit are fetched again by a resumed run)
     */
    public CrawlSummary run(ArticleSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        long start = System.nanoTime();
        UrlNormalizer normalizer = new UrlNormalizer();
        Counters counters = new Counters();
        try (CrawlStore store = CrawlStore.open(config.dataDir(), config.resume(), config.refetchAfter())) {
            List<NewUrl> given = seeds(normalizer, counters);
            Set<String> seedsOfRun = new LinkedHashSet<>(config.resume() ? store.seeds() : List.of());
            given.forEach(seed -> seedsOfRun.add(seed.url()));
            store.recordSeeds(List.copyOf(seedsOfRun));
            ScopeFilter scope = new ScopeFilter(seedHosts(seedsOfRun, normalizer), config.followExternal(),
                    config.includes(), config.excludes(), config.maxDepth());
            UrlFilter taken = (url, depth) -> {
                boolean accepted = filter.accept(url, depth);
                if (!accepted) {
                    counters.divert(url);
                }
                return accepted;
            };
            store.enqueue(given.stream().filter(seed -> taken.accept(seed.url(), 0)).toList());
            if (config.resume()) {
                store.requeueDeferred(config.maxDepth());
            }
            LinkFollower links = new LinkFollower(normalizer, scope.and(taken), config.maxDepth(),
                    config.maxListPages(), counters, listener);
            PageHandler handler = new PageHandler(fetcher, extractor, sink, store, links, scope, listener, counters,
                    limits, archive);
            RobotsReader robots = new RobotsReader(fetcher, config.userAgent(), limits.maxCrawlDelay());
            Set<String> seedOrigins = seedsOfRun.stream().filter(seed -> filter.accept(seed, 0))
                    .map(Work::originOf).collect(Collectors.toSet());
            new CrawlRun(config, store, handler, robots, scope, sink, listener, stopping, seedOrigins,
                    limits).execute();
            return counters.summary((System.nanoTime() - start) / 1_000_000, store.count(UrlStatus.DEFERRED),
                    store.count(UrlStatus.QUEUED));
        }
    }

    /**
     * Asks a running crawl to finish the pages in hand, flush the sink, save its state and return from
     * {@link #run}. Safe to call from any thread, e.g. a shutdown hook; a crawl not yet started ends at once.
     */
    public void stop() {
        stopping.set(true);
    }

    private List<NewUrl> seeds(UrlNormalizer normalizer, Counters counters) {
        List<NewUrl> out = new ArrayList<>();
        for (String seed : config.seeds()) {
            String url = normalizer.normalize(seed);
            String key = url == null ? null : UrlKeys.queueKey(url);
            if (key == null) {
                counters.errors.increment();
                listener.error(seed, "not an http(s) URL");
            } else {
                out.add(new NewUrl(url, key, 0, UrlKind.SEED));
            }
        }
        return out;
    }

    private static Set<String> seedHosts(Collection<String> seeds, UrlNormalizer normalizer) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String seed : seeds) {
            String url = normalizer.normalize(seed);
            String host = url == null ? null : ScopeFilter.hostOf(url);
            if (host != null) {
                hosts.add(host);
            }
        }
        return hosts;
    }
}
