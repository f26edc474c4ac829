package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

    /**
     * Keys of every number of entries (one, a few, past each size of block, thousands), filed interleaved at random:
     * every key, asked for any number of holders, finds what a plain list of its entries holds, read from its end.
     */
    @ParameterizedTest
    @MethodSource("rooms")
    void aKeyFindsWhatAListOfItsEntriesHolds(int room) {
        SplittableRandom random = new SplittableRandom(20240315);
        BandTable table = new BandTable(0, 0);
        Map<Integer, List<Integer>> filed = new HashMap<>();
        for (int entry = 0; entry < 60_000; entry++) {
            double kind = random.nextDouble();
            int rank = kind < 0.4 ? (int) Math.pow(400, random.nextDouble())
                    : kind < 0.7 ? 1_000 + random.nextInt(20_000) : 100_000 + entry;
            int key = rank * 0x9E3779B9 - 1;
            table.add(entry, key);
            filed.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        for (Map.Entry<Integer, List<Integer>> key : filed.entrySet()) {
            List<Integer> entries = key.getValue();
            int[] expected = new int[Math.min(room, entries.size())];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = entries.get(entries.size() - 1 - i);
            }
            assertArrayEquals(expected, holders(table, key.getKey(), room), "key " + key.getKey());
            assertEquals(entries.size(), table.count(key.getKey()));
        }
    }

    static Stream<Integer> rooms() {
        return Stream.of(1, 2, 3, 7, 31, 62, 63, 256, 100_000);
    }

    private static int[] holders(BandTable table, int key, int room) {
        int[] into = new int[room + 3];
        int count = table.holders(key, into, 3, room);
        return Arrays.copyOfRange(into, 3, 3 + count);
    }
}
