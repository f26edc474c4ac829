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
    DROPPED
}
