package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options every command shares with {@code chanye} itself. */
class MainTest {

    private static final List<String> COMMANDS = List.of("crawl", "search", "report", "export", "extract",
            "classify", "stats", "prune", "solr", "demo", "eval", "analyze", "retag", "help");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--version", "search --version", "crawl -V", "stats --version", "demo --version"})
    void everyCommandPrintsTheVersion(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("chanye "), run.out());
    }

    /** A command line that names one command is built with that one only; help must still list them all. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "-q --help", "help", "--help crawl"})
    void helpListsEveryCommand(String args) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(0, run.exitCode(), run.err());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from:\n" + run.out());
        }
    }

    @ParameterizedTest(name = "help {0}")
    @ValueSource(strings = {"crawl", "search", "export", "solr"})
    void helpDescribesTheCommandItNames(String command) {
        CliRun run = CliRun.of("help", command);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: chanye " + command + " "), run.out());
    }
}
