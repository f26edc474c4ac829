package chanye.crawler.state;

import chanye.crawler.CrawlStateException;
import chanye.crawler.fetch.Validators;
import chanye.crawler.url.LruCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The crawl's durable state in SQLite (WAL mode) under {@code DATA/crawl/}: one row per URL with its status in the
 * current run, depth, queue order, last fetch time and validators. It is both the seen set and the frontier, so
 * memory holds only the window of the frontier the scheduler is working on.
 *
 * <p>Runs: each crawl without {@code --resume} starts a new run number; a URL is "seen" only when its row
 * belongs to the current run, so a new run fetches everything again while keeping the validators for conditional
 * requests. A resumed run goes on with the queued rows of the last run. Every write is one transaction, so a
 * crawl killed at any moment leaves a consistent store. The URLs written in this run lately are remembered, so
 * that the navigation links every page repeats cost no query. Methods are synchronized: worker threads share one
 * connection.
 */
public final class CrawlStore implements AutoCloseable {

    private static final int SCHEMA_VERSION = 2;
    /**
     * Records a URL in this run: new, or seen by an earlier run (unless it is an article fetched lately enough to be
     * left alone), or deferred in this run at a greater depth than it is now found at within the bound.
     */
    private static final String UPSERT = "INSERT INTO urls(url, host, depth, kind, run, status, seq) "
            + "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET host = excluded.host, depth = excluded.depth, "
            + "kind = excluded.kind, run = excluded.run, status = excluded.status, seq = excluded.seq, reason = NULL "
            + "WHERE urls.run < excluded.run AND NOT (urls.article = 1 AND COALESCE(urls.fetched_at, 0) >= ?) "
            + "OR urls.run = excluded.run AND urls.status = 'DEFERRED' AND excluded.status <> 'DEFERRED' "
            + "AND excluded.depth < urls.depth";

    private final Path dir;
    private final StateLock lock;
    private final Connection db;
    private final long run;
    /** Articles fetched at or after this time (epoch ms) by an earlier run are not queued again. */
    private final long freshSince;
    private final LruCache<String, Boolean> seenThisRun = new LruCache<>(50_000);
    private final LruCache<String, Boolean> deferredThisRun = new LruCache<>(50_000);
    private long nextSeq;
    /** The writes that queued URLs in this run; written under the lock, read without it. */
    private volatile long queueWrites;

    private CrawlStore(Path dir, StateLock lock, Connection db, long run, long nextSeq, long freshSince) {
        this.freshSince = freshSince;
        this.dir = dir;
        this.lock = lock;
        this.db = db;
        this.run = run;
        this.nextSeq = nextSeq;
    }

    /**
     * Opens (or creates) the store under {@code dataDir/crawl} and holds its lock until {@link #close()}.
     *
     * @param resume whether to go on with the last run; otherwise a new run starts and earlier queued URLs are
     *               dropped
     * @throws CrawlStateException when another crawl holds the state ("in use") or it is unreadable (the message
     *                             says how to recover)
     */
    public static CrawlStore open(Path dataDir, boolean resume) throws CrawlStateException {
        return open(dataDir, resume, Duration.ZERO);
    }

    /**
     * Opens the store like {@link #open(Path, boolean)}; a new run leaves alone the articles an earlier run fetched
     * (or found unchanged) less than {@code refetchAfter} ago: finding them again does not queue them.
     *
     * @throws CrawlStateException when another crawl holds the state ("in use") or it is unreadable
     */
    public static CrawlStore open(Path dataDir, boolean resume, Duration refetchAfter) throws CrawlStateException {
        long freshSince = refetchAfter.isZero() ? Long.MAX_VALUE
                : System.currentTimeMillis() - refetchAfter.toMillis();
        Path dir = stateFile(dataDir).getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CrawlStateException(dir, "cannot create the crawl state directory (" + e.getMessage() + ")",
                    e);
        }
        StateLock lock = StateLock.acquire(dir.resolve("lock"));
        Path file = stateFile(dataDir);
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                createSchema(db, file);
                long run = startRun(db, resume);
                return new CrawlStore(dir, lock, db, run, maxSeq(db) + 1, freshSince);
            } catch (SQLException | CrawlStateException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            closeQuietly(lock);
            throw new CrawlStateException(file, "the crawl state is unreadable (" + e.getMessage()
                    + "); delete " + dir + " to start a fresh crawl", e);
        } catch (CrawlStateException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    /**
     * The seeds recorded by the last run under {@code dataDir}, in order, for a resumed run given none: they set its
     * scope and the address classes its fetcher allows. Empty when there is no state or it names no seeds.
     *
     * @throws CrawlStateException when the state cannot be read
     */
    public static List<String> savedSeeds(Path dataDir) throws CrawlStateException {
        Path file = stateFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return readSeeds(db);
        } catch (SQLException e) {
            throw new CrawlStateException(file, "the crawl state is unreadable (" + e.getMessage() + ")", e);
        }
    }

    /** The seeds recorded for this run. */
    public synchronized List<String> seeds() throws IOException {
        try {
            return readSeeds(db);
        } catch (SQLException e) {
            throw failure("read the seeds", e);
        }
    }

    /** Records the seeds of this run, replacing those recorded before. */
    public synchronized void recordSeeds(List<String> seeds) throws IOException {
        inTransaction(() -> {
            try (PreparedStatement st = db.prepareStatement("INSERT INTO meta(key, value) VALUES('seeds', ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, String.join("\n", seeds));
                return st.executeUpdate();
            }
        });
    }

    private static List<String> readSeeds(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'seeds'")) {
            return rs.next() ? rs.getString(1).lines().filter(line -> !line.isBlank()).toList() : List.of();
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return List.of();
            }
            throw e;
        }
    }

    /** The SQLite file of the crawl state under {@code dataDir}. */
    private static Path stateFile(Path dataDir) {
        return dataDir.resolve("crawl").resolve("state.db");
    }

    /** Whether a crawl state exists under {@code dataDir}, to be resumed or re-crawled conditionally. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(stateFile(dataDir));
    }

    /** The directory the store lives in. */
    public Path directory() {
        return dir;
    }

    /** The number of the current run. */
    public long run() {
        return run;
    }

    /**
     * Queues the URLs this run has not seen yet, in one transaction.
     *
     * @return how many were newly queued
     */
    public synchronized int enqueue(List<NewUrl> urls) throws IOException {
        List<NewUrl> unknown = urls.stream().filter(u -> seenThisRun.get(u.url()) == null).toList();
        int added = upsert(unknown, UrlStatus.QUEUED);
        unknown.forEach(u -> seenThisRun.put(u.url(), Boolean.TRUE));
        countQueueWrite(added);
        return added;
    }

    /**
     * How many writes have queued URLs since the store was opened; it changes after a write is committed, so a reader
     * that has read every queued URL after its place in the queue ({@link #queuedAfter} gave fewer than asked) need not
     * ask again while it stays the same. Read without waiting for the store.
     */
    public long queueWrites() {
        return queueWrites;
    }

    private void countQueueWrite(int queued) {
        if (queued > 0) {
            queueWrites++;
        }
    }

    /**
     * Records URLs found beyond the depth bound as {@link UrlStatus#DEFERRED}, unless this run has seen them: they are
     * not fetched, but counted, and queued again by a resumed run with a larger bound ({@link #requeueDeferred}).
     * Found again within the bound in this run, such a URL is queued after all.
     *
     * @return how many were newly deferred
     */
    public synchronized int defer(List<NewUrl> urls) throws IOException {
        List<NewUrl> unknown = urls.stream()
                .filter(u -> seenThisRun.get(u.url()) == null && deferredThisRun.get(u.url()) == null).toList();
        int added = upsert(unknown, UrlStatus.DEFERRED);
        unknown.forEach(u -> deferredThisRun.put(u.url(), Boolean.TRUE));
        return added;
    }

    /** Records URLs in this run with a status, in one transaction; returns how many rows changed. */
    private int upsert(List<NewUrl> urls, UrlStatus status) throws IOException {
        if (urls.isEmpty()) {
            return 0;
        }
        return inTransaction(() -> {
            int count = 0;
            try (PreparedStatement st = db.prepareStatement(UPSERT)) {
                for (NewUrl u : urls) {
                    bindUpsert(st, u.url(), u.host(), u.depth(), u.kind(), status);
                    count += st.executeUpdate();
                }
            }
            return count;
        });
    }

    /**
     * Queues again the URLs this run deferred that lie within a new depth bound, as a resume with a larger
     * {@code --max-depth} asks.
     *
     * @return how many were queued
     */
    public synchronized int requeueDeferred(int maxDepth) throws IOException {
        int queued = inTransaction(() -> {
            try (PreparedStatement st = db.prepareStatement(
                    "UPDATE urls SET status = ? WHERE status = ? AND run = ? AND depth <= ?")) {
                st.setString(1, UrlStatus.QUEUED.name());
                st.setString(2, UrlStatus.DEFERRED.name());
                st.setLong(3, run);
                st.setInt(4, maxDepth);
                return st.executeUpdate();
            }
        });
        countQueueWrite(queued);
        return queued;
    }

    /**
     * The pages that answered 404 or 410 when last fetched, in any run, and still have a document in the index:
     * what {@code chanye prune --gone} removes.
     *
     * @return each page's URL and the URL its document is indexed under
     */
    public synchronized List<GonePage> gonePages() throws IOException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT url, document FROM urls WHERE gone > 0 AND document IS NOT NULL ORDER BY seq")) {
            List<GonePage> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new GonePage(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the gone pages of", e);
        }
    }

    /** Records that the documents of these gone pages were removed from the index. */
    public synchronized void markRemoved(List<GonePage> pages) throws IOException {
        inTransaction(() -> {
            try (PreparedStatement st = db.prepareStatement("UPDATE urls SET document = NULL, "
                    + "status = CASE WHEN status = ? THEN ? ELSE status END WHERE url = ?")) {
                for (GonePage page : pages) {
                    st.setString(1, UrlStatus.GONE.name());
                    st.setString(2, UrlStatus.REMOVED.name());
                    st.setString(3, page.url());
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Records a URL as seen in this run without queuing it (a page's canonical URL, handled under another URL).
     *
     * @return whether the URL was new to this run
     */
    public synchronized boolean markSeen(NewUrl url) throws IOException {
        if (seenThisRun.get(url.url()) != null) {
            return false;
        }
        boolean added = inTransaction(() -> {
            try (PreparedStatement st = db.prepareStatement(UPSERT)) {
                bindUpsert(st, url.url(), url.host(), url.depth(), url.kind(), UrlStatus.SKIPPED);
                return st.executeUpdate() > 0;
            }
        });
        seenThisRun.put(url.url(), Boolean.TRUE);
        return added;
    }

    /**
     * The next queued URLs of this run after a place in the queue, oldest first. Validators come with pages that
     * were articles, so that those are re-fetched conditionally; list pages are always fetched in full because
     * their links are needed.
     */
    public synchronized List<QueuedUrl> queuedAfter(long seq, int limit) throws IOException {
        String sql = "SELECT seq, url, host, depth, kind, etag, last_modified, article, document, "
                + "gone - (CASE WHEN gone_run = run THEN 1 ELSE 0 END) FROM urls "
                + "WHERE status = ? AND run = ? AND seq > ? ORDER BY seq LIMIT ?";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, UrlStatus.QUEUED.name());
            st.setLong(2, run);
            st.setLong(3, seq);
            st.setInt(4, limit);
            List<QueuedUrl> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean article = rs.getInt(8) != 0;
                    Validators validators = article ? new Validators(rs.getString(6), rs.getString(7))
                            : Validators.NONE;
                    out.add(new QueuedUrl(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            UrlKind.valueOf(rs.getString(5)), validators, 0, rs.getString(9),
                            Math.max(0, rs.getInt(10))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the frontier", e);
        }
    }

    /**
     * Records the end of the given URLs in one transaction. A page that answered 404 or 410 ({@link UrlStatus#GONE},
     * {@link UrlStatus#REMOVED}) adds one to its runs gone in a row, once per run; one fetched again resets them. A
     * removed page no longer has a document.
     */
    public synchronized void complete(List<Completion> completions) throws IOException {
        if (completions.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            String sql = "UPDATE urls SET status = ?, reason = ?, fetched_at = COALESCE(?, fetched_at), "
                    + "etag = CASE WHEN ? THEN ? ELSE etag END, last_modified = CASE WHEN ? THEN ? ELSE last_modified END, "
                    + "article = CASE WHEN ? THEN ? ELSE article END, "
                    + "document = CASE WHEN ? THEN NULL ELSE COALESCE(?, document) END, "
                    + "gone = CASE WHEN ? THEN gone + (CASE WHEN gone_run < run THEN 1 ELSE 0 END) "
                    + "WHEN ? THEN 0 ELSE gone END, gone_run = CASE WHEN ? THEN run ELSE gone_run END "
                    + "WHERE url = ? AND run = ?";
            try (PreparedStatement st = db.prepareStatement(sql)) {
                for (Completion c : completions) {
                    boolean replace = c.validators() != null;
                    boolean gone = c.status() == UrlStatus.GONE || c.status() == UrlStatus.REMOVED;
                    boolean answered = !gone && c.fetchedAt() != null;
                    st.setString(1, c.status().name());
                    st.setString(2, c.reason());
                    setNullableLong(st, 3, c.fetchedAt() == null ? null : c.fetchedAt().toEpochMilli());
                    st.setBoolean(4, replace);
                    st.setString(5, replace ? c.validators().etag() : null);
                    st.setBoolean(6, replace);
                    st.setString(7, replace ? c.validators().lastModified() : null);
                    st.setBoolean(8, replace);
                    st.setInt(9, c.article() ? 1 : 0);
                    st.setBoolean(10, c.status() == UrlStatus.REMOVED);
                    st.setString(11, c.document());
                    st.setBoolean(12, gone);
                    st.setBoolean(13, answered);
                    st.setBoolean(14, gone);
                    st.setString(15, c.url());
                    st.setLong(16, run);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    /** How many URLs of this run are in the given status. */
    public synchronized long count(UrlStatus status) throws IOException {
        try (PreparedStatement st = db.prepareStatement("SELECT COUNT(*) FROM urls WHERE status = ? AND run = ?")) {
            st.setString(1, status.name());
            st.setLong(2, run);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("count URLs", e);
        }
    }

    /** Closes the database and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            lock.close();
        }
    }

    private void bindUpsert(PreparedStatement st, String url, String host, int depth, UrlKind kind,
                            UrlStatus status) throws SQLException {
        st.setString(1, url);
        st.setString(2, host);
        st.setInt(3, depth);
        st.setString(4, kind.name());
        st.setLong(5, run);
        st.setString(6, status.name());
        st.setLong(7, nextSeq++);
        st.setLong(8, freshSince);
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) throws IOException {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException(dir.resolve("state.db") + ": cannot " + what + " the crawl state (" + e.getMessage()
                + ")", e);
    }

    private static void createSchema(Connection db, Path file) throws SQLException, CrawlStateException {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=5000");
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new CrawlStateException(file, "the crawl state was written by a newer chanye (schema "
                        + version + "); upgrade, or delete " + file.getParent() + " to start a fresh crawl", null);
            }
            st.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS urls(url TEXT PRIMARY KEY, host TEXT NOT NULL, "
                    + "depth INTEGER NOT NULL, kind TEXT NOT NULL, run INTEGER NOT NULL, status TEXT NOT NULL, "
                    + "seq INTEGER NOT NULL, reason TEXT, fetched_at INTEGER, etag TEXT, last_modified TEXT, "
                    + "article INTEGER NOT NULL DEFAULT 0, document TEXT, gone INTEGER NOT NULL DEFAULT 0, "
                    + "gone_run INTEGER NOT NULL DEFAULT 0)");
            if (version == 1) {
                upgradeFromVersion1(st);
            }
            st.execute("CREATE INDEX IF NOT EXISTS urls_queue ON urls(status, run, seq)");
            st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
        }
    }

    /**
     * Adds what schema 2 keeps per URL: the URL its article is indexed under (taken to be its own for the articles
     * of schema 1, which did not say) and the runs in a row it answered 404 or 410 in.
     */
    private static void upgradeFromVersion1(Statement st) throws SQLException {
        st.execute("ALTER TABLE urls ADD COLUMN document TEXT");
        st.execute("ALTER TABLE urls ADD COLUMN gone INTEGER NOT NULL DEFAULT 0");
        st.execute("ALTER TABLE urls ADD COLUMN gone_run INTEGER NOT NULL DEFAULT 0");
        st.execute("UPDATE urls SET document = url WHERE article = 1");
    }

    private static long startRun(Connection db, boolean resume) throws SQLException {
        long last = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'run'")) {
            if (rs.next()) {
                last = parseRun(rs.getString(1));
            }
        }
        if (resume && last > 0) {
            return last;
        }
        long run = last + 1;
        db.setAutoCommit(false);
        try (PreparedStatement drop = db.prepareStatement("UPDATE urls SET status = ? WHERE status = ?");
             PreparedStatement meta = db.prepareStatement(
                     "INSERT INTO meta(key, value) VALUES('run', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            drop.setString(1, UrlStatus.DROPPED.name());
            drop.setString(2, UrlStatus.QUEUED.name());
            drop.executeUpdate();
            meta.setString(1, Long.toString(run));
            meta.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return run;
    }

    private static long parseRun(String value) throws SQLException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new SQLException("bad run number '" + value + "'", e);
        }
    }

    private static long maxSeq(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM urls")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void setNullableLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    private static void closeQuietly(StateLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // opening already failed; that failure is the one reported
        }
    }
}
