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
 * @param pageProblems  problems with pages that were still read: a later page of an article that failed, a pager
 *                      that loops, leads off the site or goes past the cap on pages per article, a WeChat article
 *                      whose content element is empty; each logged with its URL
 * @param leftAtDepth   URLs found beyond {@code --max-depth} in this crawl (counted once each, across its resumes):
 *                      not fetched, kept for a resume with a larger depth
 * @param queued        URLs of this crawl still queued when the run ended (page budget spent, interrupted, or
 *                      hosts given up): a resume fetches them
 * @param removed       documents removed from the index because their pages answered 404 or 410 in two runs
 * @param diverted      distinct URLs in scope that belong to another partition of a crawl split by host
 *                      ({@link chanye.crawler.url.HostPartition}): left to the process that crawls their host
 */
public record CrawlSummary(long fetched, long articles, long indexed, long duplicates, long skipped, long errors,
                           long robotsBlocked, long elapsedMs, long badLinks, long pageProblems, long leftAtDepth,
                           long queued, long removed, long diverted) {
}
