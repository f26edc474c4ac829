package chanye.index.search;

import java.util.Arrays;

/**
 * A map from long keys to non-negative int values with open addressing: one probe array, no boxing, for grouping
 * a hundred thousand matches by story in a few milliseconds. Not thread-safe.
 */
final class LongIntMap {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    /** The value of {@code key}, or -1 when it has none. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (values[slot] == ABSENT) {
                return ABSENT;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    /** Maps {@code key} to {@code value} (0 or more), replacing any value it had. */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are not negative: " + value);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (values[slot] == ABSENT) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
        }
    }

    /** How many keys have a value. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
