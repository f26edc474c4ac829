package chanye.crawler.fetch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.AsyncTimeout;

/**
 * Keeps a timeout due within a second at the head of Okio's watchdog queue, so that the timeouts of requests queue
 * behind it without waking the watchdog thread.
 *
 * <p>OkHttp enters a timeout in Okio's one queue for every call (the call timeout) and every socket read and write
 * (the read and write timeouts), and the watchdog thread is signalled whenever a timeout enters at the head of the
 * queue. One request at a time, each of those is at the head: about three wake-ups of the watchdog per page, a
 * quarter of a crawl's context switches with the connection pool's. With this pacer at the head, a request's
 * timeouts (seconds long) queue behind it: the watchdog wakes once a second, when the pacer is due and enters
 * again, and still waits for whichever timeout is due first, so every timeout fires when it did before. A timeout
 * due sooner than the pacer enters at the head and wakes the watchdog as before.
 */
final class WatchdogPacer extends AsyncTimeout {

    private static final long PERIOD_MS = 1_000;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WatchdogPacer() {
        timeout(PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Puts the pacer in the watchdog's queue, once for the JVM; it keeps the watchdog thread (a daemon) alive. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            new WatchdogPacer().enter();
        }
    }

    /** Called by the watchdog when the pacer is due: it enters again, a second later. */
    @Override
    protected void timedOut() {
        exit();
        enter();
    }
}
