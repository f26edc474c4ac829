package chanye.cli.command;

import chanye.cli.UserException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line durations: a whole number and a unit, {@code 30m}, {@code 12h} or {@code 7d}, or {@code 0}. */
final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([mhd])");

    private Durations() {
    }

    /** The duration; anything but a number with a unit, or {@code 0}, is bad usage. */
    static Duration parse(String option, String value) {
        String text = value.strip();
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw UserException.usage(option + ": not a duration (a number and m, h or d, e.g. 7d): " + value);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
