package chanye.cli.pipeline;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One line of progress at the foot of a terminal: redrawn in place a few times a second, kept below the log lines
 * printed meanwhile (each erases it, prints itself, and the line is drawn again under it), and erased when closed, so
 * that whatever is printed next starts on a clean line. Thread-safe.
 */
final class ProgressLine implements AutoCloseable {

    /** Carriage return and "erase line" (ANSI). */
    static final String ERASE = "\r\u001b[K";
    private static final long REDRAW_MS = 250;

    private final PrintStream terminal;
    private final Supplier<String> text;
    private final int width;
    private final ScheduledExecutorService redraws;
    private boolean closed;
    private String drawn = "";

    /**
     * @param terminal where the line is drawn
     * @param text     what the line says, asked afresh at each redraw
     * @param width    the most characters drawn, so that the line never wraps
     */
    ProgressLine(PrintStream terminal, Supplier<String> text, int width) {
        this.terminal = terminal;
        this.text = text;
        this.width = width;
        this.redraws = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chanye-progress");
            thread.setDaemon(true);
            return thread;
        });
        redraws.scheduleAtFixedRate(this::draw, 0, REDRAW_MS, TimeUnit.MILLISECONDS);
    }

    /** Prints a log line above the progress line. */
    synchronized void print(String line) {
        if (closed) {
            terminal.println(line);
        } else {
            drawn = fitted();
            terminal.print(ERASE + line + "\n" + drawn);
        }
        terminal.flush();
    }

    /** Draws the line again when what it says has changed. */
    private synchronized void draw() {
        String line = fitted();
        if (!closed && !line.equals(drawn)) {
            drawn = line;
            terminal.print(ERASE + line);
            terminal.flush();
        }
    }

    private String fitted() {
        String line = text.get();
        return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
    }

    /** Stops redrawing and erases the line; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            redraws.shutdownNow();
            terminal.print(ERASE);
            terminal.flush();
        }
    }
}
