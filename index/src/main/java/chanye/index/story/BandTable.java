package chanye.index.story;

import java.util.Arrays;

/**
 * Which articles hold each band key, in memory: an open-addressing table of the keys, probed linearly, each slot a
 * {@code long} holding the key and its newest entry (an article's band number {@code e}) side by side, with how many
 * entries it has; each entry links to the one filed before it under the same key. A probe reads one array and
 * nothing else, an insert costs one probe whatever the key's holders, and a lookup reads a key's holders newest
 * first (a copy is mostly indexed soon after its original), as many as it asks for. About 4 bytes an entry and 12
 * a key at a load of at most {@value #MAX_LOAD}. Not thread-safe.
 */
final class BandTable {

    /** The share of slots filled before the table doubles. */
    static final double MAX_LOAD = 0.6;

    /** Per slot: the key in the high half, its newest entry + 1 in the low half; 0 for an empty slot. */
    private long[] slots;
    /** Per slot: how many entries its key has. */
    private int[] counts;
    /** Per entry: the entry filed before it under the same key, + 1; 0 for the key's first. */
    private int[] previous;
    private int filled;

    /** A table sized for about {@code keys} keys and {@code entries} entries. */
    BandTable(int keys, int entries) {
        int length = Integer.highestOneBit((int) Math.max(16, keys / MAX_LOAD)) << 1;
        this.slots = new long[length];
        this.counts = new int[length];
        this.previous = new int[Math.max(16, entries)];
    }

    /** Files entry {@code entry} under {@code key}, as its newest. */
    void add(int entry, int key) {
        if (entry >= previous.length) {
            previous = Arrays.copyOf(previous, Math.max(entry + 1, previous.length + previous.length / 2));
        }
        int slot = slot(slots, key);
        previous[entry] = (int) slots[slot];
        slots[slot] = ((long) key << Integer.SIZE) | (entry + 1L);
        if (counts[slot]++ == 0 && ++filled > slots.length * MAX_LOAD) {
            grow();
        }
    }

    /** How many entries {@code key} has. */
    int count(int key) {
        return counts[slot(slots, key)];
    }

    /**
     * Copies the entries filed under {@code key}, newest first, into {@code into} from {@code at}, at most
     * {@code room}; how many.
     */
    int holders(int key, int[] into, int at, int room) {
        int copied = 0;
        for (int next = (int) slots[slot(slots, key)]; next != 0 && copied < room; next = previous[next - 1]) {
            into[at + copied++] = next - 1;
        }
        return copied;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldCounts = counts;
        slots = new long[oldSlots.length * 2];
        counts = new int[slots.length];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = slot(slots, keyOf(oldSlots[i]));
                slots[slot] = oldSlots[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** The slot of {@code key}, or the empty one where it would go. */
    private static int slot(long[] slots, int key) {
        int mask = slots.length - 1;
        int slot = (key * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(slots.length));
        while (slots[slot] != 0 && keyOf(slots[slot]) != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int keyOf(long slot) {
        return (int) (slot >>> Integer.SIZE);
    }
}
