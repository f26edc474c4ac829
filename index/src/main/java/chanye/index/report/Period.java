package chanye.index.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How a report cuts time into periods: ISO weeks (Monday to Sunday) or calendar months, in China time. */
public enum Period {

    /** ISO weeks, Monday first. */
    WEEK {
        @Override
        LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }

        @Override
        String key(LocalDate start) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        @Override
        String label(LocalDate start) {
            return start.get(IsoFields.WEEK_BASED_YEAR) + "年第" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
        }
    },

    /** Calendar months. */
    MONTH {
        @Override
        LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        String key(LocalDate start) {
            return String.format("%d-%02d", start.getYear(), start.getMonthValue());
        }

        @Override
        String label(LocalDate start) {
            return start.getYear() + "年" + start.getMonthValue() + "月";
        }
    };

    /** The first day of the period holding {@code day}. */
    abstract LocalDate start(LocalDate day);

    /** The first day of the period after the one starting on {@code start}. */
    abstract LocalDate next(LocalDate start);

    /** The period's key for scripts: {@code 2024-W11}, {@code 2024-03}. */
    abstract String key(LocalDate start);

    /** The period's name for people, in Chinese: 2024年第11周, 2024年3月. */
    abstract String label(LocalDate start);
}
