package chanye.crawler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The running counts of a crawl, updated by worker threads and read into a {@link CrawlSummary}. */
final class Counters {

    final LongAdder fetched = new LongAdder();
    final LongAdder articles = new LongAdder();
    final LongAdder indexed = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder skipped = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder robotsBlocked = new LongAdder();
    final LongAdder badLinks = new LongAdder();
    final LongAdder pageProblems = new LongAdder();
    final LongAdder removed = new LongAdder();
    private final Set<String> diverted = ConcurrentHashMap.newKeySet();

    /** Counts a URL left to another partition of the crawl, once however often it is found. */
    void divert(String url) {
        diverted.add(url);
    }

    /**
     * @param leftAtDepth URLs of this run left beyond the depth bound
     * @param queued      URLs of this run still queued at its end
     */
    CrawlSummary summary(long elapsedMs, long leftAtDepth, long queued) {
        return new CrawlSummary(fetched.sum(), articles.sum(), indexed.sum(), duplicates.sum(), skipped.sum(),
                errors.sum(), robotsBlocked.sum(), elapsedMs, badLinks.sum(), pageProblems.sum(), leftAtDepth, queued,
                removed.sum(), diverted.size());
    }
}
