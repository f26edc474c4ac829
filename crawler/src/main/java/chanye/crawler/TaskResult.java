package chanye.crawler;

import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.state.Completion;
import chanye.crawler.state.QueuedUrl;

/**
 * How a step of one URL's handling ended: recorded as complete, to be retried after a back-off, or fetched and
 * waiting to be parsed (which happens after the host is free again, so that parsing, extraction and the sink
 * overlap the host's next request).
 *
 * @param completion what to record in the store, or {@code null} for a retry or a page still to parse
 * @param retry      the URL to try again, or {@code null}
 * @param backoffMs  how long the host rests before its next request, beyond its politeness gap
 * @param contacted  whether a request reached the host (a robots.txt block does not), so the gap applies
 * @param response   a fetched page still to parse, or {@code null}
 * @param hostFailed whether the request failed in a way that says more about the host than the page (a timeout,
 *                   a refused connection, 429, 5xx), so that failures in a row can give the host up
 */
record TaskResult(Completion completion, QueuedUrl retry, long backoffMs, boolean contacted,
                  FetchResponse response, boolean hostFailed) {

    static TaskResult done(Completion completion) {
        return new TaskResult(completion, null, 0, true, null, false);
    }

    static TaskResult untouched(Completion completion) {
        return new TaskResult(completion, null, 0, false, null, false);
    }

    static TaskResult retry(QueuedUrl url, long backoffMs) {
        return new TaskResult(null, url.retried(), backoffMs, true, null, true);
    }

    static TaskResult toParse(FetchResponse response) {
        return new TaskResult(null, null, 0, true, response, false);
    }

    static TaskResult hostFailure(Completion completion) {
        return new TaskResult(completion, null, 0, true, null, true);
    }
}
