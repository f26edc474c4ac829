package chanye.cli.pipeline;

import chanye.crawler.ArticleSink;
import chanye.crawler.CrawlListener;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a crawl as it runs: a progress bar (pages fetched, articles, errors, rate) when a person is watching, and
 * one log line per failed URL on stderr unless quiet.
 */
public final class CrawlProgress implements CrawlListener, AutoCloseable {

    private final PrintStream log;
    private final boolean quiet;
    private final ProgressBar bar;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /**
     * @param log         where progress and errors go (stderr)
     * @param interactive whether to draw a progress bar
     * @param quiet       whether to hold back the per-error lines
     * @param maxPages    the run's page budget, the bar's maximum
     */
    public CrawlProgress(PrintStream log, boolean interactive, boolean quiet, long maxPages) {
        this.log = log;
        this.quiet = quiet;
        this.bar = interactive && !quiet ? new ProgressBarBuilder()
                .setTaskName("crawl")
                .setInitialMax(maxPages)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(log))
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
        if (!quiet) {
            log.println("error " + url + ": " + reason);
        }
    }

    @Override
    public void robotsBlocked(String url) {
        if (!quiet && bar == null) {
            log.println("robots.txt disallows " + url);
        }
    }

    @Override
    public void notice(String url, String message) {
        if (!quiet) {
            log.println("note " + url + ": " + message);
        }
    }

    private void updateMessage() {
        if (bar != null) {
            bar.setExtraMessage("articles " + articles.get() + ", errors " + errors.get());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
