package chanye.crawler.paging;

import chanye.crawler.page.RawPage;

/**
 * Where the later pages of an article come from: the crawl's fetcher, which keeps to the host's politeness gap and
 * robots.txt, or {@code chanye extract}'s.
 */
@FunctionalInterface
public interface PageSource {

    /**
     * Fetches a later page of an article.
     *
     * @param url the page's URL, on the first page's host
     * @return the page as it arrived, with the URL that answered
     * @throws PageUnavailableException when the page cannot be had: an HTTP error, a body that is not HTML, a
     *                                  timeout, a URL robots.txt disallows
     */
    RawPage fetch(String url) throws PageUnavailableException;
}
