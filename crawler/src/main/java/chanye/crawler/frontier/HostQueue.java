package chanye.crawler.frontier;

import chanye.crawler.state.QueuedUrl;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The URLs of one host waiting in the in-memory window, with the host's politeness state: whether a request to it
 * is in flight, when the next may start, and how many requests in a row failed. Not thread-safe: the
 * {@link Frontier} guards it.
 */
final class HostQueue {

    private final String host;
    private final Deque<QueuedUrl> urls = new ArrayDeque<>();
    private boolean busy;
    private long readyAtNanos;
    private int failuresInARow;

    HostQueue(String host) {
        this.host = host;
    }

    String host() {
        return host;
    }

    Deque<QueuedUrl> urls() {
        return urls;
    }

    boolean busy() {
        return busy;
    }

    void busy(boolean busy) {
        this.busy = busy;
    }

    long readyAtNanos() {
        return readyAtNanos;
    }

    void readyAtNanos(long nanos) {
        this.readyAtNanos = nanos;
    }

    /** Counts a request that failed transiently, or clears the count after one that was answered. */
    int failuresInARow(boolean failed) {
        failuresInARow = failed ? failuresInARow + 1 : 0;
        return failuresInARow;
    }
}
