package chanye.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The crawl's progress line on a terminal, and its log lines. */
class CrawlProgressTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final StringWriter log = new StringWriter();

    private CrawlProgress progress(boolean interactive, boolean quiet) {
        return new CrawlProgress(new PrintWriter(log, true), new PrintStream(terminal, true, StandardCharsets.UTF_8),
                interactive, quiet, false, 1000);
    }

    private String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countsAgainstThePagesQueuedNotTheBudgetAndSetsEachFieldApart() {
        try (CrawlProgress progress = progress(true, false)) {
            for (int i = 0; i < 5; i++) {
                progress.fetched("http://news.example.cn/" + i, 200);
            }
            progress.queued(10);

            String status = progress.status();

            assertTrue(status.startsWith("crawl 5/15 pages │ "), status);
            assertTrue(status.matches(".* │ \\d+\\.\\d pages/s │ articles 0 │ errors 0 │ \\d+:\\d\\d left"), status);
        }
    }

    @Test
    void logLinesGoAboveTheLineWhichIsErasedAtTheEndSoTheSummaryStartsOnAClearLine() {
        CrawlProgress progress = progress(true, false);
        progress.error("http://news.example.cn/a", "HTTP 500");
        progress.close();
        progress.close();

        String out = terminal();
        assertTrue(out.contains(ProgressLine.ERASE + "error http://news.example.cn/a: HTTP 500\n"), out);
        assertTrue(out.endsWith(ProgressLine.ERASE), "erased, nothing drawn after: " + out);
        assertEquals("", log.toString(), "on a terminal, log lines go with the progress line");
    }

    @Test
    void withoutATerminalOrWhenQuietThereIsNoLineAndErrorsStillGoToTheLog() {
        try (CrawlProgress progress = progress(false, false)) {
            progress.unreachable("127.0.0.1:1", "connection refused", 3);
            progress.error("http://127.0.0.1:1/", "connection refused");
        }
        try (CrawlProgress quiet = progress(true, true)) {
            quiet.unreachable("127.0.0.1:1", "connection refused", 3);
            quiet.error("http://127.0.0.1:1/", "connection refused");
        }

        assertEquals("", terminal());
        assertEquals("note: cannot connect to 127.0.0.1:1: connection refused; retrying 3 times\n"
                + "error http://127.0.0.1:1/: connection refused\n"
                + "error http://127.0.0.1:1/: connection refused\n", log.toString().replace("\r\n", "\n"));
    }
}
