package chanye.crawler.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publish times Chinese news pages print or declare: {@code 2023-02-10T09:30:00+08:00},
 * {@code 2023年02月10日 09:30}, {@code 2023/02/10}, {@code 2023.02.10 09:30:00}, epoch seconds or milliseconds.
 * A time without a zone is taken as China time (+08:00); a date without a time as its midnight.
 */
final class DateTimes {

    /** China Standard Time, the zone of pages that name none. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<![0-9])(?<y>(?:19|20)\\d{2})\\s*[-/.年]\\s*(?<m>\\d{1,2})\\s*[-/.月]\\s*(?<d>\\d{1,2})(?![0-9])\\s*日?"
                    + "(?:\\s*T?\\s*(?<h>\\d{1,2})\\s*[:：时]\\s*(?<min>\\d{1,2})(?:\\s*[:：分]\\s*(?<s>\\d{1,2}))?"
                    + "(?:\\.\\d+)?\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2}(?![0-9]))?)?");
    private static final Pattern WITHOUT_YEAR = Pattern.compile(
            "(?<![0-9年/.\\-])(?<m>\\d{1,2})\\s*[-/月]\\s*(?<d>\\d{1,2})(?![0-9])\\s*日?\\s*"
                    + "(?<h>\\d{1,2})\\s*[:：]\\s*(?<min>\\d{2})(?![0-9])(?:\\s*[:：]\\s*(?<s>\\d{2})(?![0-9]))?");
    private static final Pattern EPOCH = Pattern.compile("\\s*(\\d{10}|\\d{13})\\s*");
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private DateTimes() {
    }

    /** The first valid date or date-time in {@code text}, or {@code null}. */
    static Stamp find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher epoch = EPOCH.matcher(text);
        if (epoch.matches()) {
            long value = Long.parseLong(epoch.group(1));
            Instant instant = value > MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            return new Stamp(instant.atOffset(CHINA), true);
        }
        Matcher m = DATE_TIME.matcher(text);
        while (m.find()) {
            Stamp stamp = toStamp(m);
            if (stamp != null) {
                return stamp;
            }
        }
        return null;
    }

    /**
     * The first month, day and time of day printed without a year, as in {@code 05-22 10:15} or
     * {@code 5月22日 10:15}, or {@code null}. The time of day is required: a bare {@code 5-22} is too often something
     * else.
     */
    static YearlessTime findWithoutYear(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = WITHOUT_YEAR.matcher(text);
        while (m.find()) {
            try {
                MonthDay day = MonthDay.of(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")),
                        m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
                return new YearlessTime(day, time);
            } catch (DateTimeException e) {
                continue;
            }
        }
        return null;
    }

    private static Stamp toStamp(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            if (m.group("h") == null) {
                return new Stamp(date.atStartOfDay().atOffset(CHINA), false);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            String zone = m.group("zone");
            ZoneOffset offset = zone == null ? CHINA : ZoneOffset.of("Z".equals(zone) ? "Z" : normalizeOffset(zone));
            return new Stamp(OffsetDateTime.of(date, time, offset), true);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String normalizeOffset(String zone) {
        return zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    }

    /**
     * A time printed without its year, in China time.
     *
     * @param day  the month and day
     * @param time the time of day
     */
    record YearlessTime(MonthDay day, LocalTime time) {

        /**
         * The time in the year that puts it nearest to {@code near}: the year of a date the page declares or its
         * URL carries, so that a page of 31 December dated 01-01 00:10 lands in the next year.
         */
        Stamp nearest(LocalDate near) {
            Stamp best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
                if (day.isValidYear(year)) {
                    LocalDate date = day.atYear(year);
                    long distance = Math.abs(date.toEpochDay() - near.toEpochDay());
                    if (distance < bestDistance) {
                        best = at(date);
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }

        /** The time in the latest year that does not put it after {@code today}; what a page without a year means. */
        Stamp latestUpTo(LocalDate today) {
            int year = today.getYear();
            while (!day.isValidYear(year) || day.atYear(year).isAfter(today)) {
                year--;
            }
            return at(day.atYear(year));
        }

        private Stamp at(LocalDate date) {
            return new Stamp(OffsetDateTime.of(date, time, CHINA), true);
        }
    }

    /**
     * A time found on a page.
     *
     * @param time     the time, in its own zone or +08:00
     * @param hasTime  whether the page gave the time of day, not just the date
     * @param relative whether the page printed it relative to when it was seen (3小时前, 昨天 10:20)
     */
    record Stamp(OffsetDateTime time, boolean hasTime, boolean relative) {

        /** A time the page gives as such, not relative to when it was seen. */
        Stamp(OffsetDateTime time, boolean hasTime) {
            this(time, hasTime, false);
        }

        /** The calendar day in China time. */
        LocalDate chinaDate() {
            return time.atZoneSameInstant(CHINA).toLocalDate();
        }
    }
}
