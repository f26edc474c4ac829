package chanye.cli.command;

import chanye.cli.UserException;
import chanye.index.query.SearchFilters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command-line dates: {@code YYYY-MM-DD}, or a span back from today in China time (+08:00): {@code 7d} days,
 * {@code 2w} weeks, {@code 3m} months, {@code 1y} years ({@code --since 7d} is the last seven days and today).
 * Anything else is bad usage.
 */
final class Dates {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,4})([dwmy])");

    private Dates() {
    }

    /** The date, or {@code null} when the option was not given; spans count back from today in China. */
    static LocalDate parse(String option, String value) {
        return parse(option, value, LocalDate.now(SearchFilters.CHINA));
    }

    /** The date, or {@code null} when the option was not given; spans count back from {@code today}. */
    static LocalDate parse(String option, String value, LocalDate today) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            int amount = Integer.parseInt(span.group(1));
            return switch (span.group(2)) {
                case "d" -> today.minusDays(amount);
                case "w" -> today.minusWeeks(amount);
                case "m" -> today.minusMonths(amount);
                default -> today.minusYears(amount);
            };
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UserException.usage(option + ": not a date (YYYY-MM-DD, or a span back from today such as 7d,"
                    + " 2w, 3m or 1y): " + value);
        }
    }
}
