package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.UserException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, PT0S", "30m, PT30M", "12h, PT12H", "7d, PT168H", "' 2d ', PT48H"})
    void readsANumberAndAUnit(String text, String expected) {
        assertEquals(Duration.parse(expected), Durations.parse("--refetch-after", text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "7", "d", "7x", "-1d", "1.5d", "7 d", "P7D", "9999999d"})
    void anythingElseIsBadUsageNamingTheOption(String text) {
        UserException e = assertThrows(UserException.class, () -> Durations.parse("--refetch-after", text));
        assertTrue(e.getMessage().startsWith("--refetch-after: not a duration"), e.getMessage());
    }
}
