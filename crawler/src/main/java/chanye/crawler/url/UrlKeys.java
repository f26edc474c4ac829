package chanye.crawler.url;

import java.net.URI;
import java.util.Locale;

/** The keys a crawl groups URLs by. */
public final class UrlKeys {

    private UrlKeys() {
    }

    /**
     * The politeness key of a URL: its lower-case host, with the port when the URL names one. Requests are spaced
     * and robots.txt is read per key; work is partitioned by it.
     *
     * @return the key, or {@code null} for a URL without a host
     */
    public static String queueKey(String url) {
        PlainAuthority plain = PlainAuthority.of(url);
        if (plain != null) {
            return plain.key();
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
