package chanye.crawler;

import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.state.Completion;
import chanye.crawler.state.QueuedUrl;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the request step of one URL ended: the URL is finished (with or without a request to its host), failed for its
 * host's reasons, is to be retried after a back-off, or was fetched and waits to be parsed (which happens after the
 * host is free again, so that parsing, extraction and the sink overlap the host's next request).
 */
sealed interface TaskResult {

    /** What to record in the store now; empty for a retry or a page still to parse. */
    Optional<Completion> completion();

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

    /** The URL is finished after a request to its host: fetched and not parsed, or failed for its own reasons. */
    record Finished(Completion done) implements TaskResult {

        public Finished {
            Objects.requireNonNull(done, "done");
        }

        @Override
        public Optional<Completion> completion() {
            return Optional.of(done);
        }
    }

    /** The URL is finished without a request: robots.txt disallows it, or this run's scope leaves it out. */
    record NotRequested(Completion done) implements TaskResult {

        public NotRequested {
            Objects.requireNonNull(done, "done");
        }

        @Override
        public Optional<Completion> completion() {
            return Optional.of(done);
        }

        @Override
        public boolean contacted() {
            return false;
        }
    }

    /** The host failed the URL after its retries: counted as an error, the URL stays queued for a later run. */
    record HostFailed(Completion queued) implements TaskResult {

        public HostFailed {
            Objects.requireNonNull(queued, "queued");
        }

        @Override
        public Optional<Completion> completion() {
            return Optional.of(queued);
        }

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

        public Retry {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public Optional<Completion> completion() {
            return Optional.empty();
        }

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

        public Fetched {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }

        @Override
        public Optional<Completion> completion() {
            return Optional.empty();
        }
    }
}
