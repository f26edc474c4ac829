package chanye.crawler;

import chanye.crawler.frontier.Frontier;
import chanye.crawler.frontier.Work;
import chanye.crawler.robots.HostRules;
import chanye.crawler.robots.RobotsReader;
import chanye.crawler.state.Completion;
import chanye.crawler.state.CrawlStore;
import chanye.crawler.state.NewUrl;
import chanye.crawler.state.QueuedUrl;
import chanye.crawler.state.UrlKind;
import chanye.crawler.state.UrlStatus;
import chanye.crawler.url.ScopeFilter;
import chanye.crawler.url.UrlKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the crawl: the scheduler that moves URLs from the store into the frontier window, hands due work to
 * a pool of {@code concurrency} workers (one request per host at a time), and commits finished URLs in batches:
 * first {@link ArticleSink#flush()}, then the store, so that a crash re-fetches a page rather than losing it.
 * A batch closes every 2 s or 512 pages: an index commit flushes a segment, and committing every second made
 * small segments whose merging took a large share of a loopback crawl's CPU. Batches are committed on a thread of
 * their own, one at a time, so that the scheduler keeps the workers busy while a commit writes its segment. Near
 * the end of the known work a batch of {@value #LAST_BATCH_PAGES} pages or more also closes once it holds more pages
 * than are left to do, queued or in hand: the last batch is committed after the last page, when no worker is left to
 * overlap it, and would otherwise hold up to 512 pages (a quarter of a second of flushing after a 2,000-page
 * crawl); so it holds fewer than about {@value #LAST_BATCH_PAGES}, at the cost of a few small segments at the end.
 */
final class CrawlRun {

    private static final int WINDOW = 2_000;
    private static final int COMMIT_EVERY = 512;
    private static final long COMMIT_NANOS = 2_000_000_000L;
    private static final int LAST_BATCH_PAGES = 64;
    private static final long IDLE_WAIT_NANOS = 100_000_000L;
    private static final long QUEUE_REPORT_NANOS = 1_000_000_000L;

    private final CrawlConfig config;
    private final CrawlStore store;
    private final Frontier frontier;
    private final PageHandler handler;
    private final RobotsReader robots;
    private final RedirectRobots redirects;
    private final ScopeFilter scope;
    private final ArticleSink sink;
    private final CrawlListener listener;
    private final AtomicBoolean stopping;
    private final Set<String> seedOrigins;
    private final CrawlLimits limits;
    private final List<Completion> pending = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int workers;
    private final ExecutorService pool;
    /** Held while a piece of work is handed out, by the scheduler or a worker: the budget and the pool's room. */
    private final Object dispatching = new Object();
    private volatile Throwable fatal;
    private long cursor;
    private boolean storeDrained;
    /** The store's {@link CrawlStore#queueWrites} when a refill last read all it held after the cursor, or -1. */
    private long queueWritesRead = -1;
    /** URLs handed out on their first attempt, less those robots.txt kept from being fetched: the budget spent. */
    private final AtomicInteger dispatched = new AtomicInteger();

    CrawlRun(CrawlConfig config, CrawlStore store, PageHandler handler, RobotsReader robots, ScopeFilter scope,
             ArticleSink sink, CrawlListener listener, AtomicBoolean stopping, Set<String> seedOrigins,
             CrawlLimits limits) {
        this.config = config;
        this.limits = limits;
        this.store = store;
        this.frontier = new Frontier(config.delayMs(), limits.maxHostFailures());
        this.handler = handler;
        this.robots = robots;
        this.redirects = new RedirectRobots(frontier, robots);
        this.scope = scope;
        this.sink = sink;
        this.listener = listener;
        this.stopping = stopping;
        this.seedOrigins = seedOrigins;
        this.workers = Math.max(1, config.concurrency());
        this.pool = Executors.newFixedThreadPool(workers, daemon("chanye-crawl"));
    }

    /** Runs until the frontier is empty, the page budget is spent, or a stop is asked; then commits. */
    void execute() throws IOException {
        ExecutorService committer = Executors.newSingleThreadExecutor(daemon("chanye-commit"));
        Future<?> committing = CompletableFuture.completedFuture(null);
        long lastCommit = System.nanoTime();
        long lastQueueReport = lastCommit - QUEUE_REPORT_NANOS;
        try {
            while (!stopping.get() && fatal == null) {
                refill();
                long version = frontier.version();
                long now = System.nanoTime();
                if (now - lastQueueReport > QUEUE_REPORT_NANOS) {
                    listener.queued(store.count(UrlStatus.QUEUED));
                    lastQueueReport = now;
                }
                if (committing.isDone() && batchDue(now - lastCommit)) {
                    committing = committer.submit(this::commitInBackground);
                    lastCommit = now;
                }
                if (dispatch(now)) {
                    continue;
                }
                boolean budgetLeft = dispatched.get() < config.maxPages();
                boolean room = inFlight.get() < workers;
                // The budget is read after the in-flight count: a worker returns a blocked URL's share before leaving it.
                if (inFlight.get() == 0 && (dispatched.get() >= config.maxPages() && !frontier.hasRetries()
                        || frontier.size() == 0 && drainedAfterRefill())) {
                    break;
                }
                // Nothing to hand out: wait for a worker to end or the frontier to change (both wake it), and with a
                // worker free, until the next host is due with work it may hand out. A due host waiting for a free
                // worker, or holding only new URLs once the budget is spent, does not cut the wait short, or the
                // scheduler would spin on it and take a core from the workers.
                long wait = room ? Math.min(IDLE_WAIT_NANOS, frontier.nanosUntilDue(now, budgetLeft)) : IDLE_WAIT_NANOS;
                frontier.await(wait, version);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (dispatching) {
                pool.shutdown();
            }
            committer.shutdown();
            awaitQuietly(pool);
            awaitQuietly(committer);
        }
        if (fatal != null) {
            rethrow(fatal);
        }
        commit();
    }

    /**
     * Hands the next due piece of work to a free worker, when there are both. The scheduler calls it, and so does a
     * worker as soon as its request has given the host back: the next request to the host then starts without
     * waiting for the scheduler's thread to be woken and given a core by busy workers. Once the run has shut its
     * pool down (under the same lock), nothing more is handed out: a worker that read no stop before the scheduler
     * ended the run would otherwise have the pool refuse the work, and fail its own page, fetched but not yet read.
     *
     * @return whether a piece of work was handed out
     */
    private boolean dispatch(long now) {
        synchronized (dispatching) {
            if (inFlight.get() >= workers || pool.isShutdown()) {
                return false;
            }
            Work work = frontier.next(now, dispatched.get() < config.maxPages());
            if (work == null) {
                return false;
            }
            if (!work.isRobots() && work.url().attempt() == 0) {
                dispatched.incrementAndGet();
            }
            inFlight.incrementAndGet();
            pool.execute(() -> perform(work));
            return true;
        }
    }

    private void perform(Work work) {
        boolean released = false;
        try {
            if (work.isRobots()) {
                if (readRobots(work)) {
                    frontier.release(work.host(), System.nanoTime(), 0, null);
                } else {
                    frontier.giveUp(work.host());
                }
                return;
            }
            HostRules rules = frontier.rulesOf(work.host());
            TaskResult result = handler.fetch(work.url(), rules, redirects.from(work.host(), rules));
            hostDone(work, result);
            released = true;
            if (result.contacted() && !stopping.get() && fatal == null) {
                dispatch(System.nanoTime());
            }
            if (result instanceof TaskResult.Fetched fetched) {
                record(handler.read(work.url(), fetched,
                        new HostTurn(frontier, work.host(), rules, redirects.from(work.host(), rules))));
            } else if (result instanceof TaskResult.Ended ended) {
                record(ended.done());
            }
        } catch (RuntimeException | StackOverflowError e) {
            failAlone(work, e, released);
        } catch (IOException | Error e) {
            fatal = e;
            if (!released) {
                frontier.release(work.host(), System.nanoTime(), 0, null);
            }
        } finally {
            inFlight.decrementAndGet();
            frontier.wake();
        }
    }

    /** Hands the host back after a request step: its politeness gap, back-off and failures, or untouched. */
    private void hostDone(Work work, TaskResult result) {
        if (!result.contacted()) {
            frontier.releaseUntouched(work.host());
            if (work.url().attempt() == 0) {
                dispatched.decrementAndGet();
            }
            return;
        }
        TaskResult.Retry retry = result instanceof TaskResult.Retry r ? r : null;
        if (frontier.release(work.host(), System.nanoTime(), retry == null ? 0 : retry.backoffMs(),
                retry == null ? null : retry.url(), result.hostFailed())) {
            listener.notice(work.origin(), "given up for this run after " + limits.maxHostFailures()
                    + " failures in a row; its URLs stay queued for --resume");
        }
    }

    private void record(Completion completion) {
        synchronized (pending) {
            pending.add(completion);
        }
    }

    /**
     * Ends one piece of work that threw on its own account: a page fails alone and a robots.txt that cannot be read
     * gives its host up for the run (its pages stay queued), while the crawl goes on. A failing store or archive
     * throws {@link IOException} instead, which ends the run.
     */
    private void failAlone(Work work, Throwable e, boolean released) {
        if (work.isRobots()) {
            handler.hostUnavailable(work.origin() + "/robots.txt", "robots.txt could not be read ("
                    + e.getClass().getSimpleName() + "): the host's pages stay queued for --resume");
            frontier.giveUp(work.host());
            return;
        }
        if (!released) {
            frontier.release(work.host(), System.nanoTime(), 0, null);
        }
        record(handler.failed(work.url(), e));
    }

    /**
     * Reads a host's robots.txt and queues the sitemaps it names, or for a seed's site that names none, its
     * {@code /sitemap.xml}; a host that cannot be reached is reported at once, and not probed for a sitemap.
     *
     * @return false when the host answered robots.txt with a server error: the host is deferred, its pages left
     *         queued for a resumed run, and the answer counted as an error
     */
    private boolean readRobots(Work work) throws IOException {
        HostRules rules = robots.read(work.origin());
        if (rules.deferred()) {
            handler.hostUnavailable(work.origin() + "/robots.txt", "robots.txt answered a server error: the host's"
                    + " pages stay queued for --resume");
            return false;
        }
        if (rules.cappedFromMs() > 0) {
            listener.notice(work.origin() + "/robots.txt", "Crawl-delay of " + rules.cappedFromMs()
                    + " ms capped at " + rules.crawlDelayMs() + " ms");
        }
        frontier.rules(work.host(), rules);
        if (rules.unreachable() != null) {
            listener.unreachable(work.host(), rules.unreachable().getMessage(),
                    rules.unreachable().isTransient() ? limits.maxRetries() : 0);
        }
        String host = ScopeFilter.hostOf(work.origin());
        if (host == null || !scope.isScopeHost(host)) {
            return true;
        }
        List<String> maps = rules.sitemaps();
        if (maps.isEmpty() && seedOrigins.contains(work.origin()) && rules.unreachable() == null) {
            maps = List.of(work.origin() + "/sitemap.xml");
        }
        List<NewUrl> found = new ArrayList<>();
        for (String map : maps) {
            String key = UrlKeys.queueKey(map);
            if (key != null && host.equals(ScopeFilter.hostOf(map))) {
                found.add(new NewUrl(map, key, 0, UrlKind.SITEMAP));
            }
        }
        store.enqueue(found);
        return true;
    }

    /**
     * Tops the frontier window up from the store once it is half empty. The store is asked only when it may hold
     * something new: after the last refill read all it held after the cursor, only a write that queues URLs adds
     * any (the count is read before the query, so that a write during it is asked about next time). The scheduler
     * refills on each of its turns, about three a page, and a query costs about as much as the rest of its turn.
     */
    private void refill() throws IOException {
        if (frontier.size() > WINDOW / 2) {
            return;
        }
        long writes = store.queueWrites();
        if (writes == queueWritesRead) {
            storeDrained = true;
            return;
        }
        int room = WINDOW - frontier.size();
        List<QueuedUrl> more = store.queuedAfter(cursor, room);
        if (!more.isEmpty()) {
            cursor = more.get(more.size() - 1).seq();
            frontier.addAll(more);
        }
        storeDrained = more.isEmpty();
        queueWritesRead = more.size() < room ? writes : -1;
    }

    /** Whether the store has nothing left to queue, asked afresh once no worker can be adding to it. */
    private boolean drainedAfterRefill() throws IOException {
        refill();
        return frontier.size() == 0 && storeDrained;
    }

    /** Whether the pages finished since the last commit make a batch: see the class's description. */
    private boolean batchDue(long nanosSinceCommit) {
        int batch = pendingCount();
        return batch >= COMMIT_EVERY || nanosSinceCommit > COMMIT_NANOS
                || batch >= LAST_BATCH_PAGES && frontier.size() + inFlight.get() < batch;
    }

    private int pendingCount() {
        synchronized (pending) {
            return pending.size();
        }
    }

    private void commitInBackground() {
        try {
            commit();
        } catch (IOException | RuntimeException | Error e) {
            fatal = e;
            frontier.wake();
        }
    }

    /** Makes the sink durable, then records the URLs it covers as finished. */
    private void commit() throws IOException {
        List<Completion> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (batch.isEmpty()) {
            return;
        }
        sink.flush();
        store.complete(batch);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) t;
    }
}
