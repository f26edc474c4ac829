package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options every command shares with {@code chanye} itself. */
class MainTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--version", "search --version", "crawl -V", "stats --version", "demo --version"})
    void everyCommandPrintsTheVersion(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("chanye "), run.out());
    }
}
