package chanye.crawler.archive;

import chanye.crawler.fetch.FetchResponse;
import java.io.IOException;

/**
 * Receives every response the crawl fetched for a page, sitemap or feed, as it arrives, so that the raw answers
 * can be kept apart from the crawl's own logic ({@link WarcArchive} writes them as WARC). robots.txt reads and
 * failures without a response are not given; 429 and 5xx answers that are retried are, each time. Called from
 * the crawl's workers, so implementations are thread-safe.
 */
@FunctionalInterface
public interface ResponseArchive {

    /** An archive that keeps nothing. */
    ResponseArchive NONE = response -> {
    };

    /**
     * Keeps one response.
     *
     * @throws IOException when it cannot be kept; the crawl then ends with this exception, as when its state
     *                     cannot be written
     */
    void keep(FetchResponse response) throws IOException;
}
