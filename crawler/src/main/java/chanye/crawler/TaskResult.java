package chanye.crawler;

import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.state.Completion;
import chanye.crawler.state.QueuedUrl;
import java.time.Instant;

/**
 * How the request step of one URL ended: the URL is finished (with or without a request to its host), failed for its
 * host's reasons, is to be retried after a back-off, or was fetched and waits to be parsed (which happens after the
 * host is free again, so that parsing, extraction and the sink overlap the host's next request).
 */
sealed interface TaskResult {

    /** Whether a request reached the host, so that its politeness gap applies. */
    default boolean contacted() {
        return true;
    }

    /**
     * Whether the request failed in a way that says more about the host than the page (a timeout, a refused
     * connection, 429, 5xx), so that failures in a row can give the host up.
     */
    default boolean hostFailed() {
        return false;
    }

    /** An outcome with nothing left to do for the URL in this step but to record {@link #done()} in the store. */
    sealed interface Ended extends TaskResult {

        /** What the store records for the URL. */
        Completion done();
    }

    /** The URL is finished after a request to its host: fetched and not parsed, or failed for its own reasons. */
    record Finished(Completion done) implements Ended {
    }

    /** The URL is finished without a request: robots.txt disallows it, or this run's scope leaves it out. */
    record NotRequested(Completion done) implements Ended {

        @Override
        public boolean contacted() {
            return false;
        }
    }

    /** The host failed the URL after its retries: counted as an error, the URL stays queued for a later run. */
    record HostFailed(Completion done) implements Ended {

        @Override
        public boolean hostFailed() {
            return true;
        }
    }

    /**
     * The host failed the URL for now: it is tried again after the back-off.
     *
     * @param url       the URL with its attempt counted
     * @param backoffMs how long the host rests before its next request, beyond its politeness gap
     */
    record Retry(QueuedUrl url, long backoffMs) implements TaskResult {

        @Override
        public boolean hostFailed() {
            return true;
        }
    }

    /**
     * The page was fetched and is to be parsed, once the host is handed back.
     *
     * @param response  what the host answered
     * @param fetchedAt when it answered
     */
    record Fetched(FetchResponse response, Instant fetchedAt) implements TaskResult {
    }
}
