package chanye.crawler;

/**
 * The counts a crawl run reports at its end, as in the CLI contract's crawl summary.
 *
 * @param fetched       pages fetched (any status)
 * @param articles      pages the extractor judged to be articles
 * @param indexed       articles the sink stored (new or changed)
 * @param duplicates    articles the sink did not store because the same content is already stored
 * @param skipped       URLs not fetched or not parsed: out of scope, not HTML, unchanged (304)
 * @param errors        fetches or pages that failed
 * @param robotsBlocked URLs robots.txt disallowed
 * @param elapsedMs     wall time of the run
 * @param badLinks      http(s) links found on pages that could not be normalised (malformed or overlong): dropped,
 *                      never fetched
 */
public record CrawlSummary(long fetched, long articles, long indexed, long duplicates, long skipped, long errors,
                           long robotsBlocked, long elapsedMs, long badLinks) {
}
