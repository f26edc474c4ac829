package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.UserException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-06-01, 2024-06-01", "' 2024-06-01 ', 2024-06-01", "0d, 2024-03-31", "7d, 2024-03-24",
        "2w, 2024-03-17", "3m, 2023-12-31", "1m, 2024-02-29", "1y, 2023-03-31"})
    void readsADayOrASpanBackFromToday(String text, LocalDate expected) {
        assertEquals(expected, Dates.parse("--since", text, TODAY));
    }

    @Test
    void anAbsentOptionIsNoDate() {
        assertNull(Dates.parse("--since", null, TODAY));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "yesterday", "7", "-7d", "7 d", "7h", "2024-13-01", "99999d"})
    void anythingElseIsBadUsageNamingTheOption(String text) {
        UserException e = assertThrows(UserException.class, () -> Dates.parse("--until", text, TODAY));
        assertTrue(e.getMessage().startsWith("--until: not a date (YYYY-MM-DD, or a span"), e.getMessage());
    }
}
