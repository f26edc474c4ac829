package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.cli.CliRun;
import org.junit.jupiter.api.Test;

/** The launcher's hidden warm-up runs every stage once and leaves nothing behind on stdout. */
class WarmUpCommandTest {

    @Test
    void runsEveryStageQuietly() {
        CliRun run = CliRun.of("warm-up");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
    }
}
