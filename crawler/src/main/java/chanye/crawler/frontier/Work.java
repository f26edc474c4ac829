package chanye.crawler.frontier;

import chanye.crawler.state.QueuedUrl;
import java.net.URI;
import java.util.Objects;

/**
 * One piece of work the frontier hands out: read a host's robots.txt, or fetch a URL. Either way the host is busy
 * until the work is handed back with {@link Frontier#release}.
 *
 * @param host   the host the work is for
 * @param origin scheme, host and port of the host, for robots.txt
 * @param url    the URL to fetch, or {@code null} when robots.txt must be read first
 */
public record Work(String host, String origin, QueuedUrl url) {

    public Work {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(origin, "origin");
    }

    /** Scheme, host and port of a URL, as robots.txt is scoped: {@code http://news.example.cn:8080}. */
    public static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Whether this is the robots.txt read that comes before a host's first fetch. */
    public boolean isRobots() {
        return url == null;
    }
}
