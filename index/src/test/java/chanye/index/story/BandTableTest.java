package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BandTableTest {

    /** Keys filed in entry order, a key looked up, how many holders asked for, and the entries it finds. */
    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 5, 8, new int[] {4, 2, 0}),
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 5, 2, new int[] {4, 2}),
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 0, 8, new int[] {3}),
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 7, 8, new int[] {}),
                Arguments.of(new int[] {}, 1, 8, new int[] {}));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void aKeyFindsItsNewestEntriesFirst(int[] keys, int key, int room, int[] expected) {
        BandTable table = new BandTable(0, 0);
        for (int entry = 0; entry < keys.length; entry++) {
            table.add(entry, keys[entry]);
        }
        assertArrayEquals(expected, holders(table, key, room));
        assertEquals(Arrays.stream(keys).filter(k -> k == key).count(), table.count(key));
    }

    @Test
    void entriesSurviveTheTableGrowing() {
        BandTable table = new BandTable(0, 0);
        int entries = 100_000;
        for (int entry = 0; entry < entries; entry++) {
            table.add(entry, entry % (entries / 4) * 7919);
        }
        assertArrayEquals(new int[] {3 + entries * 3 / 4, 3 + entries / 2, 3 + entries / 4, 3},
                holders(table, 7919 * 3, 8));
        assertEquals(4, table.count(7919 * 3));
    }

    private static int[] holders(BandTable table, int key, int room) {
        int[] into = new int[room + 3];
        int count = table.holders(key, into, 3, room);
        return Arrays.copyOfRange(into, 3, 3 + count);
    }
}
