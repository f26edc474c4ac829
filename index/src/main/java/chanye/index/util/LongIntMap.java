package chanye.index.util;

import static chanye.index.util.Mix.mix;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values, in two arrays probed linearly: no boxing, and
 * about 20 bytes an entry at a load of at most {@value #MAX_LOAD}, where a {@code HashMap<Long, Integer>} takes
 * some 80. Story grouping uses it to find an article by its URL's hash among a hundred thousand, and search to
 * group a hundred thousand matches by story in a few milliseconds. Not thread-safe.
 */
public final class LongIntMap {

    /** The value {@link #get} gives for a key not in the map; an empty slot holds it too. */
    public static final int ABSENT = -1;

    private static final double MAX_LOAD = 0.6;

    private long[] keys;
    private int[] values;
    private int size;

    /** A map sized for about {@code expected} keys; it grows past them. */
    public LongIntMap(int expected) {
        int length = Integer.highestOneBit((int) Math.max(16, expected / MAX_LOAD)) << 1;
        keys = new long[length];
        values = new int[length];
        Arrays.fill(values, ABSENT);
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        return values[slot(keys, values, key)];
    }

    /** Maps {@code key} to {@code value} (0 or more), replacing what it mapped to. */
    public void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value: " + value + " for key " + key);
        }
        int slot = slot(keys, values, key);
        if (values[slot] == ABSENT) {
            keys[slot] = key;
            if (++size > keys.length * MAX_LOAD) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] = value;
    }

    /** How many keys have a value. */
    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        Arrays.fill(values, ABSENT);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = slot(keys, values, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** The slot that holds {@code key}, or the empty one where it would go. */
    private static int slot(long[] keys, int[] values, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (values[slot] != ABSENT && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
