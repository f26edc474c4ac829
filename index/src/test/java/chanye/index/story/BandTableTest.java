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

    /** Keys filed in entry order, a key looked up, and the entries it finds. */
    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 5, new int[] {0, 2, 4}),
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 0, new int[] {3}),
                Arguments.of(new int[] {5, 9, 5, 0, 5}, 7, new int[] {}),
                Arguments.of(new int[] {}, 1, new int[] {}));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void aKeyFindsTheEntriesFiledUnderIt(int[] keys, int key, int[] expected) {
        BandTable table = new BandTable(keys.length);
        for (int entry = 0; entry < keys.length; entry++) {
            table.add(entry, keys[entry]);
        }
        assertArrayEquals(expected, holders(table, key));
    }

    @Test
    void entriesSurviveTheTableGrowing() {
        BandTable table = new BandTable(0);
        int entries = 100_000;
        for (int entry = 0; entry < entries; entry++) {
            table.add(entry, entry % (entries / 4) * 7919);
        }
        assertArrayEquals(new int[] {3, 3 + entries / 4, 3 + entries / 2, 3 + entries * 3 / 4},
                holders(table, 7919 * 3));
    }

    @Test
    void aKeyKeepsItsFirstHoldersOnly() {
        BandTable table = new BandTable(16);
        for (int entry = 0; entry < 2 * BandTable.HOLDERS; entry++) {
            table.add(entry, 42);
        }
        int[] found = holders(table, 42);
        assertEquals(BandTable.HOLDERS, found.length);
        assertEquals(BandTable.HOLDERS - 1, found[found.length - 1]);
    }

    private static int[] holders(BandTable table, int key) {
        int[] into = new int[BandTable.HOLDERS + 3];
        int count = table.holders(key, into, 3);
        int[] found = Arrays.copyOfRange(into, 3, 3 + count);
        Arrays.sort(found);
        return found;
    }
}
