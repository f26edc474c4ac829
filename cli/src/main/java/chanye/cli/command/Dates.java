package chanye.cli.command;

import chanye.cli.UserException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Command-line dates: {@code YYYY-MM-DD}, anything else is bad usage. */
final class Dates {

    private Dates() {
    }

    /** The date, or {@code null} when the option was not given. */
    static LocalDate parse(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw UserException.usage(option + ": not a date (YYYY-MM-DD): " + value);
        }
    }
}
