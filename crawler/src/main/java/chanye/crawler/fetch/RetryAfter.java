package chanye.crawler.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP Retry-After header: delay-seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param header the header value, or {@code null}
     * @param now    the time to measure an HTTP date from
     * @return the wait in milliseconds (0 for a date in the past), or -1 when absent or unreadable
     */
    static long millis(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String value = header.strip();
        try {
            return Math.max(0, Long.parseLong(value)) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, Duration.between(now, at).toMillis());
            } catch (DateTimeParseException notDate) {
                return -1;
            }
        }
    }
}
