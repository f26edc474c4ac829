package chanye.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SubcommandNameTest {

    @ParameterizedTest(name = "[{0}] names [{1}]")
    @CsvSource(delimiter = '|', value = {
            "search 风电|search",
            "--data d crawl --seeds u|crawl",
            "--data=d -q stats|stats",
            "-qv --data search export|export",
            "-v --verbose --quiet extract f.html|extract",
            "--data|",
            "''|",
            "--help crawl|",
            "-V|",
            "--bogus search|",
            "-x search|"})
    void findsTheFirstArgumentAfterTheGlobalOptions(String line, String expected) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertEquals(Optional.ofNullable(expected),
                SubcommandName.of(new CommandLine(new Main()).getCommandSpec(), args));
    }
}
