package chanye.index.story;

import java.util.Arrays;

/**
 * Which articles hold each band key, in memory: an open-addressing table of entries (an article's band number
 * {@code e}, of key {@code keys[e]}) probed linearly, several entries per key. A key keeps at most
 * {@value #HOLDERS} holders, the first: a band that many articles share is a phrase of a template, and a lookup reads
 * the rarest bands first anyway ({@link RarestBands}). About 11 bytes an entry (a key and a slot at a load of at most
 * {@value #MAX_LOAD}). Not thread-safe.
 */
final class BandTable {

    /** Holders kept at most per key. */
    static final int HOLDERS = 256;
    /** The share of slots filled before the table doubles. */
    static final double MAX_LOAD = 0.6;

    /** The key of each entry, by entry number. */
    private int[] keys;
    /** Entry number + 1 per slot, 0 for an empty slot; a power of two long. */
    private int[] slots;
    private int filled;

    /** A table sized for about {@code entries} entries. */
    BandTable(int entries) {
        this.keys = new int[Math.max(16, entries)];
        this.slots = new int[Integer.highestOneBit((int) Math.max(16, entries / MAX_LOAD)) << 1];
    }

    /** Files entry {@code entry} under {@code key}, unless the key has its {@value #HOLDERS} holders already. */
    void add(int entry, int key) {
        if (entry >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(entry + 1, keys.length * 2));
        }
        keys[entry] = key;
        int mask = slots.length - 1;
        int held = 0;
        int slot = home(key, slots.length);
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slots[slot] - 1] == key && ++held >= HOLDERS) {
                return;
            }
        }
        slots[slot] = entry + 1;
        if (++filled > slots.length * MAX_LOAD) {
            grow();
        }
    }

    /**
     * Copies the entries filed under {@code key} into {@code into} from {@code at} (room for {@value #HOLDERS}
     * needed); how many.
     */
    int holders(int key, int[] into, int at) {
        int mask = slots.length - 1;
        int held = 0;
        for (int slot = home(key, slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (keys[entry] == key) {
                into[at + held++] = entry;
            }
        }
        return held;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int value : old) {
            if (value != 0) {
                int slot = home(keys[value - 1], slots.length);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = value;
            }
        }
    }

    /** Where a key's probe starts: its bits spread by Fibonacci hashing, as the keys are folded hashes. */
    private static int home(int key, int length) {
        return (key * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(length));
    }
}
