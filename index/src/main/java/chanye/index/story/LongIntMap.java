package chanye.index.story;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code int} values, in two arrays probed linearly (about 20 bytes an
 * entry at a load of at most {@value #MAX_LOAD}, where a {@code HashMap<Long, Integer>} takes some 80). Not
 * thread-safe.
 */
final class LongIntMap {

    /** The value {@link #get} gives for a key not in the map. */
    static final int ABSENT = -1;

    private static final double MAX_LOAD = 0.6;
    private static final long EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    /** A map sized for about {@code expected} keys. */
    LongIntMap(int expected) {
        int length = Integer.highestOneBit((int) Math.max(16, expected / MAX_LOAD)) << 1;
        keys = new long[length];
        Arrays.fill(keys, EMPTY);
        values = new int[length];
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    int get(long key) {
        int slot = slot(keys, key);
        return keys[slot] == key ? values[slot] : ABSENT;
    }

    /** Maps {@code key} (not negative) to {@code value}, replacing what it mapped to. */
    void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key: " + key);
        }
        int slot = slot(keys, key);
        if (keys[slot] != key) {
            keys[slot] = key;
            if (++size > keys.length * MAX_LOAD) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** The slot that holds {@code key}, or the empty one where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) (Shingles.mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
