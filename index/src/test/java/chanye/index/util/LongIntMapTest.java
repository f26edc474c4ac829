package chanye.index.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LongIntMapTest {

    /** A key, and what it maps to after 3 -> 30, 0 -> 7, MAX -> 1, -9 -> 2, MIN -> 0, 3 -> 31. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(3L, 31),
                Arguments.of(0L, 7),
                Arguments.of(Long.MAX_VALUE, 1),
                Arguments.of(-9L, 2),
                Arguments.of(Long.MIN_VALUE, 0),
                Arguments.of(4L, LongIntMap.ABSENT),
                Arguments.of(-1L, LongIntMap.ABSENT));
    }

    @ParameterizedTest
    @MethodSource("values")
    void aKeyGivesItsLatestValue(long key, int expected) {
        LongIntMap map = new LongIntMap(0);
        map.put(3, 30);
        map.put(0, 7);
        map.put(Long.MAX_VALUE, 1);
        map.put(-9, 2);
        map.put(Long.MIN_VALUE, 0);
        map.put(3, 31);
        assertEquals(expected, map.get(key));
        assertEquals(5, map.size());
    }

    @Test
    void keysSurviveTheMapGrowing() {
        LongIntMap map = new LongIntMap(0);
        for (int i = 0; i < 50_000; i++) {
            map.put(i * -1_000_003L, i);
        }
        for (int i = 0; i < 50_000; i++) {
            assertEquals(i, map.get(i * -1_000_003L));
        }
        assertEquals(50_000, map.size());
        assertEquals(LongIntMap.ABSENT, map.get(1));
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(4).put(5, -1));
    }
}
