package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeTimesTest {

    /** 2024-05-06 10:20:30 in China. */
    private static final Instant SEEN = Instant.parse("2024-05-06T02:20:30Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            刚刚                      | 2024-05-06T10:20+08:00 | true
            刚才 来源：北疆能源          | 2024-05-06T10:20+08:00 | true
            30秒前                    | 2024-05-06T10:20+08:00 | true
            5分钟前                   | 2024-05-06T10:15+08:00 | true
            潮汐财经 3小时前 记者 林雨桐  | 2024-05-06T07:20+08:00 | true
            半小时前                   | 2024-05-06T09:50+08:00 | true
            两个小时前                  | 2024-05-06T08:20+08:00 | true
            十二小时前                  | 2024-05-05T22:20+08:00 | true
            2天前                     | 2024-05-04T00:00+08:00 | false
            1周前                     | 2024-04-29T00:00+08:00 | false
            今天 08:15                 | 2024-05-06T08:15+08:00 | true
            昨天 10:20                 | 2024-05-05T10:20+08:00 | true
            昨日 23:05 阅读 86           | 2024-05-05T23:05+08:00 | true
            前天                       | 2024-05-04T00:00+08:00 | false
            来源：今日头条 昨天 09:00     | 2024-05-05T09:00+08:00 | true
            """)
    void resolvesAgainstTheMomentThePageWasSeen(String text, String expected, boolean hasTime) {
        DateTimes.Stamp stamp = RelativeTimes.find(text, SEEN);

        assertEquals(OffsetDateTime.parse(expected), stamp.time());
        assertEquals(hasTime, stamp.hasTime());
        assertTrue(stamp.relative());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "来源：今日头条", "今天", "2024-05-06 10:20", "100多年前", "昨天 25:61", "三十三万年前",
        "0分钟前"})
    void findsNothingWhereNoRelativeTimeIs(String text) {
        assertNull(RelativeTimes.find(text, SEEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3小时前", "昨天 10:20"})
    void needsTheMoment(String text) {
        assertNull(RelativeTimes.find(text, null));
    }
}
