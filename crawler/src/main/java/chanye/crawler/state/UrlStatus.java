package chanye.crawler.state;

/** Where a URL stands in the current run. */
public enum UrlStatus {
    /** waiting to be fetched */
    QUEUED,
    /** fetched and handled */
    DONE,
    /** fetched or seen but not parsed: not HTML, unchanged (304), or known under its canonical URL */
    SKIPPED,
    /** failed; the reason is kept */
    FAILED,
    /** disallowed by robots.txt */
    BLOCKED,
    /** queued by an earlier run that was not resumed */
    DROPPED,
    /** found beyond {@code --max-depth}: not fetched, but queued again by a resume with a larger depth */
    DEFERRED,
    /** answered 404 or 410: gone at the source; its document, if any, is still in the index */
    GONE,
    /** answered 404 or 410 in two runs (or pruned): its document was removed from the index */
    REMOVED
}
