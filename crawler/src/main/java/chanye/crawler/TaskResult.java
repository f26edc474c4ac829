package chanye.crawler;

import chanye.crawler.state.Completion;
import chanye.crawler.state.QueuedUrl;

/**
 * How the handling of one URL ended: recorded as complete, or to be retried after a back-off.
 *
 * @param completion what to record in the store, or {@code null} for a retry
 * @param retry      the URL to try again, or {@code null}
 * @param backoffMs  how long the host rests before its next request, beyond its politeness gap
 * @param contacted  whether a request reached the host (a robots.txt block does not), so the gap applies
 */
record TaskResult(Completion completion, QueuedUrl retry, long backoffMs, boolean contacted) {

    static TaskResult done(Completion completion) {
        return new TaskResult(completion, null, 0, true);
    }

    static TaskResult untouched(Completion completion) {
        return new TaskResult(completion, null, 0, false);
    }

    static TaskResult retry(QueuedUrl url, long backoffMs) {
        return new TaskResult(null, url.retried(), backoffMs, true);
    }
}
