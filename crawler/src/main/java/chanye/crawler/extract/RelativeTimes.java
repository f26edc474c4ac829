package chanye.crawler.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the relative times that news feeds and self-media pages print instead of a date: {@code 刚刚},
 * {@code 5分钟前}, {@code 3小时前}, {@code 半小时前}, {@code 2天前}, {@code 今天 08:15}, {@code 昨天 10:20},
 * {@code 前天}. They mean something only against the moment the page was seen (its fetch time, or a saved file's
 * time), in China time; a day without a time of day is taken as its midnight.
 */
final class RelativeTimes {

    private static final String NUMBER = "(\\d{1,3}|半|[一二两三四五六七八九十]{1,3})";
    private static final Pattern AGO = Pattern.compile(
            "(?<![\\d一二两三四五六七八九十])" + NUMBER + "\\s*(秒钟?|分钟|分|个?小时|个?钟头|天|周|个?星期)\\s*之?前");
    /** 今天 and 今日 only with a time of day: alone they are too often a name (今日头条). */
    private static final Pattern DAY = Pattern.compile("(刚刚|刚才)|(?:(今天|今日)|(昨天|昨日|前天|前日))"
            + "(?:\\s*(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?![0-9]))?");
    private static final String DIGITS = "一二三四五六七八九";

    private RelativeTimes() {
    }

    /**
     * The first relative time in {@code text}, resolved against {@code reference}, or {@code null}.
     *
     * @param text      a byline
     * @param reference when the page was seen
     * @return the time in China time, marked relative; with a time of day unless only the day is given
     */
    static DateTimes.Stamp find(String text, Instant reference) {
        if (text == null || text.isEmpty() || reference == null) {
            return null;
        }
        ZonedDateTime now = reference.atZone(DateTimes.CHINA).truncatedTo(ChronoUnit.MINUTES);
        Matcher ago = AGO.matcher(text);
        if (ago.find()) {
            return ago(now, ago.group(1), ago.group(2));
        }
        Matcher day = DAY.matcher(text);
        while (day.find()) {
            if (day.group(1) != null) {
                return stamp(now.toOffsetDateTime(), true);
            }
            boolean timed = day.group(4) != null;
            if (day.group(2) != null && !timed) {
                continue;
            }
            LocalDate date = now.toLocalDate().minusDays(day.group(2) != null ? 0 : day.group(3).startsWith("昨") ? 1 : 2);
            if (!timed) {
                return day(date);
            }
            int hour = Integer.parseInt(day.group(4));
            int minute = Integer.parseInt(day.group(5));
            return hour > 23 || minute > 59 ? null
                    : stamp(OffsetDateTime.of(date, LocalTime.of(hour, minute), DateTimes.CHINA), true);
        }
        return null;
    }

    private static DateTimes.Stamp ago(ZonedDateTime now, String number, String unit) {
        boolean hours = unit.contains("时") || unit.contains("钟头");
        if ("半".equals(number)) {
            return hours ? stamp(now.minusMinutes(30).toOffsetDateTime(), true) : null;
        }
        long n = parse(number);
        if (n <= 0) {
            return null;
        }
        if (unit.startsWith("秒")) {
            return stamp(now.toOffsetDateTime(), true);
        }
        if (unit.startsWith("分")) {
            return stamp(now.minusMinutes(n).toOffsetDateTime(), true);
        }
        if (hours) {
            return stamp(now.minusHours(n).toOffsetDateTime(), true);
        }
        return day(unit.equals("天") ? now.toLocalDate().minusDays(n) : now.toLocalDate().minusWeeks(n));
    }

    private static DateTimes.Stamp day(LocalDate date) {
        return stamp(date.atStartOfDay().atOffset(DateTimes.CHINA), false);
    }

    private static DateTimes.Stamp stamp(OffsetDateTime time, boolean hasTime) {
        return new DateTimes.Stamp(time, hasTime, true);
    }

    /** A count in Arabic digits or in Chinese numerals up to 九十九 (两 for 2). */
    private static long parse(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Long.parseLong(number);
        }
        String text = number.replace('两', '二');
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) + 1 : -1;
        }
        long tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
        long units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
        return ten > 1 || text.length() > ten + 2 || tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }
}
