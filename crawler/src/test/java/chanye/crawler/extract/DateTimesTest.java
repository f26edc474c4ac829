package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年02月10日 09:30                 | 2023-02-10T09:30+08:00 | true
            发布时间：2023-02-10 09:30:00 来源：新华社 | 2023-02-10T09:30+08:00 | true
            2023/02/10                           | 2023-02-10T00:00+08:00 | false
            2023.2.5 18:05                       | 2023-02-05T18:05+08:00 | true
            2023-03-05T00:30:00Z                 | 2023-03-05T00:30Z      | true
            2023-03-05T08:30:00+0800             | 2023-03-05T08:30+08:00 | true
            2023-03-05T08:30:00.000+08:00        | 2023-03-05T08:30+08:00 | true
            2023年3月5日 星期日                    | 2023-03-05T00:00+08:00 | false
            1675992600                           | 2023-02-10T09:30+08:00 | true
            1675992600000                        | 2023-02-10T09:30+08:00 | true
            编号 12023-02-10 无效，2023-02-11 有效   | 2023-02-11T00:00+08:00 | false
            2023-02-30 不存在，2023-03-01 存在       | 2023-03-01T00:00+08:00 | false
            """)
    void readsPrintedAndDeclaredTimes(String text, String expected, boolean hasTime) {
        DateTimes.Stamp stamp = DateTimes.find(text);

        assertEquals(OffsetDateTime.parse(expected), stamp.time());
        assertEquals(hasTime, stamp.hasTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3小时前", "昨天 18:05", "第2023期", "电话 2023-0210", "1999年以前"})
    void findsNothingWithoutAFullDate(String text) {
        assertNull(DateTimes.find(text));
    }

    @ParameterizedTest(name = "{0} near {1}")
    @CsvSource(delimiter = '|', textBlock = """
            05-22 10:15                | 2024-05-22 | 2024-05-22T10:15+08:00
            5月22日 10:15               | 2024-05-20 | 2024-05-22T10:15+08:00
            发布于 12-31 23:50 阅读 86    | 2025-01-01 | 2024-12-31T23:50+08:00
            01-01 00:10                | 2024-12-31 | 2025-01-01T00:10+08:00
            02-29 08:00:30             | 2024-03-01 | 2024-02-29T08:00:30+08:00
            """)
    void placesATimeWithoutAYearNearADate(String text, String near, String expected) {
        DateTimes.Stamp stamp = DateTimes.findWithoutYear(text).nearest(LocalDate.parse(near));

        assertEquals(OffsetDateTime.parse(expected), stamp.time());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            05-22 10:15 | 2026-06-01 | 2026-05-22T10:15+08:00
            12-30 09:00 | 2026-01-03 | 2025-12-30T09:00+08:00
            02-29 09:00 | 2026-03-01 | 2024-02-29T09:00+08:00
            """)
    void placesATimeWithoutAYearInTheLatestYearUpToToday(String text, String today, String expected) {
        DateTimes.Stamp stamp = DateTimes.findWithoutYear(text).latestUpTo(LocalDate.parse(today));

        assertEquals(OffsetDateTime.parse(expected), stamp.time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5-22", "2024-05-22 10:15", "13-01 10:15", "3小时前", "第3-2期 共12页", "电话 0991-4567"})
    void findsNoTimeWithoutAYearWhereThereIsNone(String text) {
        assertNull(DateTimes.findWithoutYear(text));
    }

    @ParameterizedTest
    @CsvSource({"2023-03-05T17:30:00Z, 2023-03-06", "2023-03-05T08:30:00+08:00, 2023-03-05"})
    void chinaDateIsTheDayInChina(String text, String day) {
        assertEquals(day, DateTimes.find(text).chinaDate().toString());
    }
}
