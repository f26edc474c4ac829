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

    /** A filter that accepts what both this one and {@code other} accept. */
    default UrlFilter and(UrlFilter other) {
        return (url, depth) -> accept(url, depth) && other.accept(url, depth);
    }

    /** A filter that accepts everything. */
    static UrlFilter all() {
        return (url, depth) -> true;
    }
}
