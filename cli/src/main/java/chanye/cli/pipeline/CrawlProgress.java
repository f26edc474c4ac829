package chanye.cli.pipeline;

import chanye.crawler.ArticleSink;
import chanye.crawler.CrawlListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a crawl as it runs: a progress line (pages fetched of those the run can still reach, rate, articles, errors,
 * time left) when a person is watching, one log line per failed URL, and notes (hosts that cannot be reached or are
 * given up, capped Crawl-delays, removed documents). Quiet holds back the progress line and the notes, never the
 * errors; verbose adds a line per fetched URL, per URL robots.txt disallows and per link that cannot be normalised
 * (a site's disallowed links are expected and counted in the summary, and a line each would flood a batch run's
 * log). The progress line is erased when the crawl ends, also after Ctrl-C, before the summary is printed.
 */
public final class CrawlProgress implements CrawlListener, AutoCloseable {

    private static final int WIDTH = 100;

    private final PrintWriter log;
    private final boolean quiet;
    private final boolean verbose;
    private final long maxPages;
    private final ProgressLine line;
    private final long startNanos = System.nanoTime();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong queued = new AtomicLong(-1);

    /**
     * @param log         where the error and note lines go (the command's stderr)
     * @param terminal    where the progress line is drawn (the process's stderr)
     * @param interactive whether to draw a progress line
     * @param quiet       whether to hold back the progress line and the notes
     * @param verbose     whether to log each fetched URL with its status
     * @param maxPages    the run's page budget
     */
    public CrawlProgress(PrintWriter log, PrintStream terminal, boolean interactive, boolean quiet, boolean verbose,
                         long maxPages) {
        this.log = log;
        this.quiet = quiet;
        this.verbose = verbose;
        this.maxPages = maxPages;
        this.line = interactive && !quiet ? new ProgressLine(terminal, this::status, WIDTH) : null;
    }

    @Override
    public void fetched(String url, int status) {
        fetched.incrementAndGet();
        if (verbose) {
            println("fetched " + status + " " + url);
        }
    }

    @Override
    public void article(String url, ArticleSink.Outcome outcome) {
        articles.incrementAndGet();
    }

    @Override
    public void error(String url, String reason) {
        errors.incrementAndGet();
        println("error " + url + ": " + reason);
    }

    @Override
    public void unreachable(String host, String reason, int retries) {
        if (!quiet) {
            println("note: cannot connect to " + host + ": " + reason
                    + (retries > 0 ? "; retrying " + retries + " times" : ""));
        }
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

    @Override
    public void queued(long urls) {
        queued.set(urls);
    }

    private void println(String text) {
        if (line != null) {
            line.print(text);
        } else {
            synchronized (log) {
                log.println(text);
                log.flush();
            }
        }
    }

    /**
     * The progress line: pages fetched of those the run can still reach (the queue, within the page budget), the
     * rate, articles, errors and the time left at that rate, each field set apart.
     */
    String status() {
        long done = fetched.get();
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = done / seconds;
        long waiting = queued.get();
        StringBuilder text = new StringBuilder("crawl ").append(done);
        if (waiting >= 0) {
            long total = Math.min(maxPages, done + waiting);
            text.append('/').append(total);
        }
        text.append(" pages │ ").append(String.format(Locale.ROOT, "%.1f pages/s", rate))
                .append(" │ articles ").append(articles.get()).append(" │ errors ").append(errors.get());
        if (waiting >= 0 && rate > 0) {
            long left = Math.round(Math.min(maxPages - done, waiting) / rate);
            text.append(" │ ").append(left >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", left / 3600,
                    left / 60 % 60, left % 60) : String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60))
                    .append(" left");
        }
        return text.toString();
    }

    /** Erases the progress line; safe to call more than once. */
    @Override
    public void close() {
        if (line != null) {
            line.close();
        }
    }
}
