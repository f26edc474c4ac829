package chanye.crawler;

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

    CrawlSummary summary(long elapsedMs) {
        return new CrawlSummary(fetched.sum(), articles.sum(), indexed.sum(), duplicates.sum(), skipped.sum(),
                errors.sum(), robotsBlocked.sum(), elapsedMs, badLinks.sum(), pageProblems.sum());
    }
}
