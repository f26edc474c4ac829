package chanye.cli.pipeline;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.ClusterTag;
import chanye.cli.DataDir;
import chanye.index.ArticleReader;
import chanye.index.ArticleWriter;
import chanye.index.IndexBackend;
import chanye.index.IndexedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Classifies every document of an index again from its stored title and body, without fetching anything, and
 * writes each one back with its new clusters, keywords and regions, analysed with the new taxonomy's segmenter.
 *
 * <p>Each document is replaced in one update, and the index is committed every {@value #BATCH} documents; only
 * then are their URLs recorded in the data directory's {@link RetagProgress}. So an interrupted retag (Ctrl-C,
 * SIGTERM, a crash) leaves every document with either its old tags or its new ones, never half, and a rerun with
 * the same taxonomy skips what is recorded and finishes the rest. Ctrl-C and SIGTERM finish the document in hand,
 * commit and record before the process exits.
 *
 * <p>The writer holds the index's write lock, so no crawl writes meanwhile; the walk reads the last commit as it
 * was when the retag started.
 */
public final class Retag implements AutoCloseable {

    /** How many documents are re-tagged between two commits. */
    static final int BATCH = 500;

    /**
     * What a retag did.
     *
     * @param documents   the documents in the index
     * @param retagged    the documents this run re-tagged
     * @param changed     of those, the documents whose set of clusters changed
     * @param doneBefore  the documents an interrupted earlier run had re-tagged, skipped now
     * @param interrupted whether Ctrl-C or SIGTERM stopped the run before the end
     * @param elapsedMs   how long the run took
     */
    public record Summary(long documents, long retagged, long changed, long doneBefore, boolean interrupted,
                          long elapsedMs) {
    }

    /** Thrown from the walk to end it when the run is asked to stop. */
    private static final class Stopped extends IOException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super("retag stopped");
        }
    }

    private final ArticleClassifier classifier;
    private final ArticleWriter writer;
    private final ArticleReader reader;
    private final RetagProgress progress;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread onInterrupt;
    private final List<String> batch = new ArrayList<>();
    private volatile boolean stop;
    private long retagged;
    private long changed;

    /**
     * Opens the index for the retag: its write lock is taken here.
     *
     * @param data       the data directory, where the progress is recorded
     * @param index      the data directory's index, analysed with the segmenter of {@code classifier}
     * @param classifier the classifier of the taxonomy to tag with
     * @throws IOException when the index cannot be opened (in use, missing, corrupt), with a message saying what to do
     */
    public Retag(DataDir data, IndexBackend index, ArticleClassifier classifier) throws IOException {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.writer = index.openWriter();
        try {
            this.reader = index.openReader();
            this.progress = RetagProgress.open(data.retagProgress(), classifier.taxonomy().fingerprint());
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
        this.onInterrupt = new Thread(this::stopAndWait, "chanye-retag-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** How many documents the index holds. */
    public long documents() throws IOException {
        return reader.stats().documents();
    }

    /**
     * Re-tags every document not yet done, to the end or until Ctrl-C.
     *
     * @param step told how many documents have been handled so far (re-tagged or skipped), after each one
     */
    public Summary run(LongConsumer step) throws IOException {
        long started = System.nanoTime();
        long documents = documents();
        long[] handled = {progress.doneBefore()};
        boolean interrupted = false;
        try {
            reader.forEach(article -> {
                if (stop) {
                    throw new Stopped();
                }
                if (!progress.isDone(article.url())) {
                    retag(article);
                }
                step.accept(++handled[0]);
            });
            commitBatch();
            progress.finish();
        } catch (Stopped e) {
            interrupted = true;
            commitBatch();
        }
        return new Summary(documents, retagged, changed, progress.doneBefore(), interrupted,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void retag(IndexedArticle article) throws IOException {
        Classification classification = classifier.classify(article.title(), article.body());
        changed += ids(article.clusters()).equals(ids(classification.clusters())) ? 0 : 1;
        writer.replace(article.withClassification(classification.clusters(), classification.keywords(),
                classification.regions()));
        retagged++;
        batch.add(article.url());
        if (batch.size() >= BATCH) {
            commitBatch();
        }
    }

    private static Set<String> ids(List<ClusterTag> tags) {
        return tags.stream().map(ClusterTag::id).collect(Collectors.toSet());
    }

    /** Commits the documents re-tagged since the last commit, then records them. */
    private void commitBatch() throws IOException {
        writer.commit();
        progress.record(batch);
        batch.clear();
    }

    /** Asks the run to stop after the document in hand, committing and recording what it did, as Ctrl-C does. */
    public void stop() {
        stop = true;
    }

    private void stopAndWait() {
        stop();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether Ctrl-C or SIGTERM asked the run to stop. */
    public boolean interrupted() {
        return stop;
    }

    @Override
    public void close() throws IOException {
        try (writer; reader) {
            if (!stop) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    stop = true;
                }
            }
        } finally {
            closed.countDown();
        }
    }
}
