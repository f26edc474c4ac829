package chanye.cli.pipeline;

import chanye.crawler.ArticleSink;
import chanye.crawler.CrawlListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a crawl as it runs: a progress bar (pages fetched, articles, errors, rate) when a person is watching, one
 * log line per failed URL, and notes (hosts given up, capped Crawl-delays). Quiet holds back the bar and the notes,
 * never the errors; verbose adds a line per fetched URL, per URL robots.txt disallows and per link that cannot be normalised (a site's
 * disallowed links
 * are expected and counted in the summary, and a line each would flood a batch run's log). A log line first clears
 * the bar's line, which is drawn again on its next tick; when the crawl ends the bar shows the pages fetched as its
 * whole.
 */
public final class CrawlProgress implements CrawlListener, AutoCloseable {

    /** Carriage return and "erase line" (ANSI): where a log line starts while a bar is drawn. */
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter log;
    private final boolean quiet;
    private final boolean verbose;
    private final ProgressBar bar;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /**
     * @param log         where the error and note lines go (the command's stderr)
     * @param terminal    where the bar is drawn (the process's stderr)
     * @param interactive whether to draw a progress bar
     * @param quiet       whether to hold back the bar and the notes
     * @param verbose     whether to log each fetched URL with its status
     * @param maxPages    the run's page budget, the bar's maximum until the crawl ends
     */
    public CrawlProgress(PrintWriter log, PrintStream terminal, boolean interactive, boolean quiet, boolean verbose,
                         long maxPages) {
        this.log = log;
        this.quiet = quiet;
        this.verbose = verbose;
        this.bar = interactive && !quiet ? new ProgressBarBuilder()
                .setTaskName("crawl")
                .setInitialMax(maxPages)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUnit(" pages", 1)
                .showSpeed()
                .build() : null;
    }

    @Override
    public void fetched(String url, int status) {
        if (bar != null) {
            bar.step();
            updateMessage();
        }
        if (verbose) {
            println("fetched " + status + " " + url);
        }
    }

    @Override
    public void article(String url, ArticleSink.Outcome outcome) {
        articles.incrementAndGet();
        updateMessage();
    }

    @Override
    public void error(String url, String reason) {
        errors.incrementAndGet();
        updateMessage();
        println("error " + url + ": " + reason);
    }

    @Override
    public void removed(String url, String reason) {
        if (!quiet) {
            println("removed " + url + ": " + reason);
        }
    }

    @Override
    public void robotsBlocked(String url) {
        if (verbose) {
            println("robots.txt disallows " + url);
        }
    }

    @Override
    public void badLink(String page, String href) {
        if (verbose) {
            println("bad link on " + page + ": " + href.strip().lines().findFirst().orElse(""));
        }
    }

    @Override
    public void pageProblem(String url, String problem) {
        println("problem " + url + ": " + problem);
    }

    @Override
    public void notice(String url, String message) {
        if (!quiet) {
            println("note " + url + ": " + message);
        }
    }

    private synchronized void println(String line) {
        log.println(bar == null ? line : CLEAR_LINE + line);
        log.flush();
    }

    private void updateMessage() {
        if (bar != null) {
            bar.setExtraMessage("articles " + articles.get() + ", errors " + errors.get());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }
}
