package chanye.index.story;

/**
 * Which articles hold each band key, in memory: an open-addressing table probed linearly, each slot a {@code long}
 * holding an entry (an article's band number {@code e}) and its key side by side, so a probe reads one array in
 * order and nothing else, several entries per key. A key keeps its first {@value #HOLDERS} holders only: a new copy
 * of a story needs to meet its original or an early copy, not every copy, and a band that many articles share is a
 * phrase of a template, which tells little (in generated news, four in five band entries belong to keys that more
 * than {@value #HOLDERS} articles share). About 8 bytes a kept entry at a load of at most {@value #MAX_LOAD}. Not
 * thread-safe.
 */
final class BandTable {

    /** Holders kept at most per key. */
    static final int HOLDERS = 16;
    /** The share of slots filled before the table doubles. */
    static final double MAX_LOAD = 0.6;

    /** Per slot: the key in the high half, the entry number + 1 in the low half; 0 for an empty slot. */
    private long[] slots;
    private int filled;

    /** A table sized for about {@code entries} kept entries. */
    BandTable(int entries) {
        this.slots = new long[Integer.highestOneBit((int) Math.max(16, entries / MAX_LOAD)) << 1];
    }

    /** Files entry {@code entry} under {@code key}, unless the key has its {@value #HOLDERS} holders already. */
    void add(int entry, int key) {
        int mask = slots.length - 1;
        int held = 0;
        int slot = home(key, slots.length);
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (keyOf(slots[slot]) == key && ++held >= HOLDERS) {
                return;
            }
        }
        slots[slot] = ((long) key << Integer.SIZE) | (entry + 1L);
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
            if (keyOf(slots[slot]) == key) {
                into[at + held++] = (int) slots[slot] - 1;
            }
        }
        return held;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != 0) {
                int slot = home(keyOf(value), slots.length);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = value;
            }
        }
    }

    private static int keyOf(long slot) {
        return (int) (slot >>> Integer.SIZE);
    }

    /** Where a key's probe starts: its bits spread by Fibonacci hashing, as the keys are folded hashes. */
    private static int home(int key, int length) {
        return (key * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(length));
    }
}
