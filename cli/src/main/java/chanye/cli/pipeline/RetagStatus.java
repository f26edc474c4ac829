package chanye.cli.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The progress of a retag on a terminal: one line with the documents handled of all, the share and the rate,
 * redrawn in place and erased when done.
 */
public final class RetagStatus implements LongConsumer, AutoCloseable {

    private static final int WIDTH = 100;

    private final long documents;
    private final long started = System.nanoTime();
    private final ProgressLine line;
    private volatile long handled;

    /**
     * @param terminal  where the line is drawn (the process's stderr)
     * @param documents how many documents the index holds
     */
    public RetagStatus(PrintStream terminal, long documents) {
        this.documents = documents;
        this.line = new ProgressLine(terminal, this::text, WIDTH);
    }

    @Override
    public void accept(long handledSoFar) {
        handled = handledSoFar;
    }

    private String text() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long done = handled;
        return String.format(Locale.ROOT, "retag %d of %d documents (%d%%), %.0f documents/s", done, documents,
                documents == 0 ? 100 : done * 100 / documents, seconds > 0 ? done / seconds : 0.0);
    }

    @Override
    public void close() {
        line.close();
    }
}
