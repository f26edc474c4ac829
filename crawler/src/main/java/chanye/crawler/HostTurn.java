package chanye.crawler;

import chanye.crawler.frontier.Frontier;
import chanye.crawler.robots.HostRules;
import java.util.function.Predicate;

/**
 * A host's turn for one more request after the one the frontier handed out, as for the later pages of an article:
 * it waits for the host like any other request (one at a time, the politeness gap between them) and keeps to the
 * host's robots.txt rules, redirects included.
 *
 * @param frontier      the run's frontier, which keeps the host's schedule
 * @param host          the host
 * @param rules         its robots.txt rules
 * @param mayRedirectTo where its redirects may lead
 */
record HostTurn(Frontier frontier, String host, HostRules rules, Predicate<String> mayRedirectTo) {

    private static final long MAX_WAIT_NANOS = 300_000_000_000L;

    /** Waits for the host; whether it is held (not when it was given up for the run, or after five minutes). */
    boolean take() throws InterruptedException {
        return frontier.hold(host, MAX_WAIT_NANOS);
    }

    /** Hands the host back after the request, starting its gap. */
    void giveBack() {
        frontier.release(host, System.nanoTime(), 0, null);
    }
}
