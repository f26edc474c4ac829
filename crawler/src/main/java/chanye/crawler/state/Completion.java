package chanye.crawler.state;

import chanye.crawler.fetch.Validators;
import java.time.Instant;
import java.util.Objects;

/**
 * The end of one URL's handling in a run, as recorded in the store.
 *
 * @param url        the URL as queued
 * @param status     where it ended
 * @param reason     why it failed or was skipped, or {@code null}
 * @param fetchedAt  when it was fetched, or {@code null} when it was not
 * @param validators the validators to keep for a conditional re-fetch, or {@code null} to keep the stored ones
 * @param article    whether the page was an article (only articles are re-fetched conditionally)
 * @param document   the URL its article was indexed under, or {@code null} to keep the one recorded
 */
public record Completion(String url, UrlStatus status, String reason, Instant fetchedAt, Validators validators,
                         boolean article, String document) {

    public Completion {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
    }

    /** The end of a URL that indexed nothing under it. */
    public Completion(String url, UrlStatus status, String reason, Instant fetchedAt, Validators validators,
                      boolean article) {
        this(url, status, reason, fetchedAt, validators, article, null);
    }
}
