package chanye.crawler.state;

import java.util.Objects;

/**
 * A URL discovered in this run, to be queued unless the run has seen it.
 *
 * @param url   the normalised URL
 * @param host  its host, lower-case
 * @param depth links followed from a seed to reach it
 * @param kind  how it is read once fetched
 */
public record NewUrl(String url, String host, int depth, UrlKind kind) {

    public NewUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
    }
}
