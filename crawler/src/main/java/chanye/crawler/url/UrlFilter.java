package chanye.crawler.url;

/**
 * Decides whether a discovered URL is followed. A seam: a distributed runner plugs in its own filters.
 */
@FunctionalInterface
public interface UrlFilter {

    /**
     * @param url   a normalised absolute URL
     * @param depth the number of links followed from a seed to reach it
     * @return whether the crawl should fetch it
     */
    boolean accept(String url, int depth);
}
