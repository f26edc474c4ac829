package chanye.crawler.state;

import chanye.crawler.fetch.Validators;
import java.util.Objects;

/**
 * A URL waiting in the frontier.
 *
 * @param seq        its place in the store's queue order
 * @param url        the normalised URL
 * @param host       its host, lower-case
 * @param depth      links followed from a seed to reach it
 * @param kind       how it is read once fetched
 * @param validators validators kept from an earlier fetch, for a conditional re-fetch
 * @param attempt    how many times it has been tried in this run (0 for a fresh entry)
 * @param document   the URL its article is indexed under (itself, or its canonical URL), or {@code null} when none is
 * @param goneRuns   how many earlier runs in a row it answered 404 or 410 in (this one not counted)
 */
public record QueuedUrl(long seq, String url, String host, int depth, UrlKind kind, Validators validators,
                        int attempt, String document, int goneRuns) {

    public QueuedUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
        validators = Objects.requireNonNullElse(validators, Validators.NONE);
    }

    /** A fresh entry: never tried in this run, with no article indexed under it and never gone. */
    public QueuedUrl(long seq, String url, String host, int depth, UrlKind kind, Validators validators) {
        this(seq, url, host, depth, kind, validators, 0, null, 0);
    }

    /** This entry once more, after a failed attempt. */
    public QueuedUrl retried() {
        return new QueuedUrl(seq, url, host, depth, kind, validators, attempt + 1, document, goneRuns);
    }
}
