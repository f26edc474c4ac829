package chanye.crawler.frontier;

import chanye.crawler.robots.HostRules;
import chanye.crawler.state.QueuedUrl;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory window of the frontier, one queue per host, and the politeness schedule: a host has at most one
 * request in flight, and the next starts no sooner than the host's gap (the larger of {@code --delay-ms} and its
 * robots.txt Crawl-delay) after the last one ended, or after a back-off. The window holds a bounded number of URLs;
 * the store holds the rest. A host's queue is dropped once it is empty and rested; its robots.txt rules are kept
 * apart, for the hosts used last. A host whose requests keep failing is given up for the run, its URLs left in the
 * store. Thread-safe; the scheduler waits on it.
 */
public final class Frontier {

    private static final int RULES_KEPT = 10_000;

    private final Map<String, HostQueue> hosts = new HashMap<>();
    private final Map<String, HostRules> rules = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HostRules> eldest) {
            return size() > RULES_KEPT;
        }
    };
    private final Set<String> givenUp = new HashSet<>();
    private final long delayNanos;
    private final int maxHostFailures;
    private int size;
    private long version;

    /**
     * @param delayMs         the minimum gap between two requests to one host
     * @param maxHostFailures transient failures in a row after which a host is given up for the run
     */
    public Frontier(long delayMs, int maxHostFailures) {
        this.delayNanos = Math.max(0, delayMs) * 1_000_000;
        this.maxHostFailures = maxHostFailures;
    }

    /** Adds URLs loaded from the store to the back of their hosts' queues; those of hosts given up are left out. */
    public synchronized void addAll(List<QueuedUrl> urls) {
        for (QueuedUrl url : urls) {
            if (!givenUp.contains(url.host())) {
                hosts.computeIfAbsent(url.host(), HostQueue::new).urls().addLast(url);
                size++;
            }
        }
        version++;
        notifyAll();
    }

    /** How many URLs wait in the window. */
    public synchronized int size() {
        return size;
    }

    /**
     * Takes the next piece of work from a host that is free and due, or {@code null} when none is due now.
     *
     * @param fetchesAllowed whether a new URL may be handed out (false when the page budget is spent); retries of
     *                       URLs already begun and robots.txt reads are still handed out
     */
    public synchronized Work next(long nowNanos, boolean fetchesAllowed) {
        Iterator<HostQueue> it = hosts.values().iterator();
        while (it.hasNext()) {
            HostQueue q = it.next();
            if (q.urls().isEmpty() && !q.busy() && q.readyAtNanos() <= nowNanos) {
                it.remove();
                continue;
            }
            if (q.busy() || q.urls().isEmpty() || q.readyAtNanos() > nowNanos) {
                continue;
            }
            String origin = Work.originOf(q.urls().peekFirst().url());
            if (!rules.containsKey(q.host())) {
                q.busy(true);
                return new Work(q.host(), origin, null);
            }
            if (fetchesAllowed || q.urls().peekFirst().attempt() > 0) {
                q.busy(true);
                size--;
                return new Work(q.host(), origin, q.urls().pollFirst());
            }
        }
        return null;
    }

    /**
     * Nanoseconds until some free host is due with work that {@link #next} would hand out, or {@code Long.MAX_VALUE}
     * when there is none: once the page budget is spent, hosts that hold only new URLs are not waited for.
     *
     * @param fetchesAllowed as for {@link #next}
     */
    public synchronized long nanosUntilDue(long nowNanos, boolean fetchesAllowed) {
        long best = Long.MAX_VALUE;
        for (HostQueue q : hosts.values()) {
            if (!q.busy() && !q.urls().isEmpty() && (fetchesAllowed || !rules.containsKey(q.host())
                    || q.urls().peekFirst().attempt() > 0)) {
                best = Math.min(best, Math.max(0, q.readyAtNanos() - nowNanos));
            }
        }
        return best;
    }

    /** Whether a URL already begun waits to be tried again. */
    public synchronized boolean hasRetries() {
        return hosts.values().stream().anyMatch(q -> !q.urls().isEmpty() && q.urls().peekFirst().attempt() > 0);
    }

    /** Records a host's robots.txt rules; the rules of the 10,000 hosts used last are kept. */
    public synchronized void rules(String host, HostRules hostRules) {
        rules.put(host, hostRules);
    }

    /** The rules read for a host, or {@code null} when robots.txt was not read yet. */
    public synchronized HostRules rulesOf(String host) {
        return rules.get(host);
    }

    /**
     * Hands a host back after work on it ended: the host is free again after its politeness gap, or after
     * {@code backoffMs} when larger; a URL to retry goes back to the front of the host's queue.
     *
     * @param retry the URL to try again, or {@code null}
     */
    public synchronized void release(String host, long nowNanos, long backoffMs, QueuedUrl retry) {
        release(host, nowNanos, backoffMs, retry, false);
    }

    /**
     * Hands a host back like {@link #release(String, long, long, QueuedUrl)}, counting whether its request failed
     * transiently. After {@code maxHostFailures} such failures in a row the host is given up for the run: its URLs
     * in the window (the retry too) are dropped from it and later ones are not taken in, so they stay queued in the
     * store for a resumed run.
     *
     * @return whether this failure gave the host up
     */
    public synchronized boolean release(String host, long nowNanos, long backoffMs, QueuedUrl retry, boolean failed) {
        HostQueue q = hosts.computeIfAbsent(host, HostQueue::new);
        if (q.failuresInARow(failed) >= maxHostFailures) {
            giveUp(host);
            return true;
        }
        HostRules hostRules = rules.get(host);
        long crawlDelayNanos = hostRules == null ? 0 : hostRules.crawlDelayMs() * 1_000_000;
        long gap = Math.max(Math.max(delayNanos, crawlDelayNanos), Math.max(0, backoffMs) * 1_000_000);
        q.readyAtNanos(nowNanos + gap);
        q.busy(false);
        if (retry != null) {
            q.urls().addFirst(retry);
            size++;
        }
        version++;
        notifyAll();
        return false;
    }

    /**
     * Gives a host up for the run, whether or not it is busy: its URLs in the window are dropped and later ones are
     * not taken in, so they stay queued in the store for a resumed run.
     */
    public synchronized void giveUp(String host) {
        givenUp.add(host);
        HostQueue q = hosts.remove(host);
        if (q != null) {
            size -= q.urls().size();
        }
        version++;
        notifyAll();
    }

    /**
     * Takes a host for one more request outside the queue, as for a later page of an article: waits until no other
     * request to the host is in flight and its gap has passed, then holds it until {@link #release} hands it back,
     * which starts the gap again.
     *
     * @param maxWaitNanos how long to wait at most
     * @return whether the host is held; {@code false} when it was given up for the run or the wait ran out
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized boolean hold(String host, long maxWaitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (!givenUp.contains(host)) {
            HostQueue q = hosts.computeIfAbsent(host, HostQueue::new);
            long now = System.nanoTime();
            if (!q.busy() && q.readyAtNanos() <= now) {
                q.busy(true);
                return true;
            }
            long left = deadline - now;
            if (left <= 0) {
                return false;
            }
            long until = q.busy() ? left : Math.min(left, q.readyAtNanos() - now);
            wait(Math.max(1, until / 1_000_000));
        }
        return false;
    }

    /** Hands a host back after work that sent it no request (a URL robots.txt disallows): no gap is added. */
    public synchronized void releaseUntouched(String host) {
        hosts.computeIfAbsent(host, HostQueue::new).busy(false);
        version++;
        notifyAll();
    }

    /**
     * A number that changes whenever the frontier does (work handed back, URLs added, a wake-up); read it before
     * looking for work and pass it to {@link #await} so that no change in between is missed.
     */
    public synchronized long version() {
        return version;
    }

    /**
     * Waits until work may be due or something changes, at most the given time; returns at once when the frontier
     * changed since {@code seenVersion}.
     */
    public synchronized void await(long maxNanos, long seenVersion) throws InterruptedException {
        if (maxNanos > 0 && version == seenVersion) {
            long millis = Math.max(1, maxNanos / 1_000_000);
            wait(millis);
        }
    }

    /** Wakes the scheduler (after a stop request or new URLs in the store). */
    public synchronized void wake() {
        version++;
        notifyAll();
    }
}
