package chanye.index.story;

import java.util.Arrays;

/**
 * Which articles hold each band key, in memory: an open-addressing table of the keys, probed linearly, each slot a
 * {@code long} holding the key and where its newest entry (an article's band number {@code e}) is, with how many
 * entries it has. A key's only entry sits in its slot; a key with more keeps them in a chain of blocks in one pool,
 * {@value #FIRST_BLOCK} entries in its first block, twice as many in each next one up to {@value #LAST_BLOCK}, each
 * block led by a link to the block before it. A probe reads one array and nothing else, an insert costs one probe
 * whatever the key's holders, and a lookup reads a key's holders newest first (a copy is mostly indexed soon after
 * its original), as many as it asks for, walking each block's entries side by side in memory: a lookup comes after
 * the indexing of a whole article has pushed the table out of the processor's caches, and entries that each sat
 * apart, linked one to the next, cost a cache miss each. About 5 bytes an entry (in generated news; the blocks' links
 * and their room not yet filled) and 12 a key at a load of at most {@value #MAX_LOAD}. Not thread-safe.
 */
final class BandTable {

    /** The share of slots filled before the table doubles. */
    static final double MAX_LOAD = 0.6;
    /** Entries in a key's first block, when it has a second entry. */
    static final int FIRST_BLOCK = 2;
    /** Entries in a key's blocks at most. */
    static final int LAST_BLOCK = 32;
    /** A key's entries before the first of its blocks of {@value #LAST_BLOCK}: 2 + 4 + 8 + 16. */
    private static final int BEFORE_LAST_BLOCKS = LAST_BLOCK - FIRST_BLOCK;
    /** The link of a key's first block: no block before it. */
    private static final int NO_BLOCK = -1;

    /**
     * Per slot: the key in the high half and in the low half, + 1, its only entry (a key of one entry) or the place
     * of its newest entry in {@link #pool}; 0 for an empty slot.
     */
    private long[] slots;
    /** Per slot: how many entries its key has. */
    private int[] counts;
    /**
     * The blocks of the keys with more than one entry: each a link, then its entries, oldest first. A link is
     * negative, so a walk tells it from an entry: {@value #NO_BLOCK} for a key's first block, else minus (2 + the
     * place of the newest entry of the block before).
     */
    private int[] pool;
    private int pooled;
    private int filled;

    /** A table sized for about {@code keys} keys and {@code entries} entries. */
    BandTable(int keys, int entries) {
        int length = Integer.highestOneBit((int) Math.max(16, keys / MAX_LOAD)) << 1;
        this.slots = new long[length];
        this.counts = new int[length];
        this.pool = new int[Math.max(16, entries)];
    }

    /** Files entry {@code entry} (not negative) under {@code key}, as its newest. */
    void add(int entry, int key) {
        int slot = slot(slots, key);
        int count = counts[slot];
        int newest = (int) slots[slot] - 1;
        if (count == 0) {
            newest = entry;
        } else if (count == 1) {
            newest = block(NO_BLOCK, FIRST_BLOCK);
            pool[newest++] = (int) slots[slot] - 1;
            pool[newest] = entry;
        } else if (startsBlock(count)) {
            newest = block(-2 - newest, Math.min(count + FIRST_BLOCK, LAST_BLOCK));
            pool[newest] = entry;
        } else {
            pool[++newest] = entry;
        }
        slots[slot] = ((long) key << Integer.SIZE) | (newest + 1L);
        counts[slot] = count + 1;
        if (count == 0 && ++filled > slots.length * MAX_LOAD) {
            grow();
        }
    }

    /** Whether a key's entry after its {@code count}-th (2 or more) starts a block of its own. */
    private static boolean startsBlock(int count) {
        return count < BEFORE_LAST_BLOCKS + LAST_BLOCK
                ? Integer.bitCount(count + FIRST_BLOCK) == 1
                : (count - BEFORE_LAST_BLOCKS) % LAST_BLOCK == 0;
    }

    /** Takes a block of {@code size} entries led by {@code link} from the pool; the place of its first entry. */
    private int block(int link, int size) {
        if (pooled + 1 + size > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pooled + 1 + size, pool.length + pool.length / 4));
        }
        pool[pooled] = link;
        int first = pooled + 1;
        pooled += 1 + size;
        return first;
    }

    /** How many entries {@code key} has. */
    int count(int key) {
        int slot = slot(slots, key);
        return slots[slot] == 0 ? 0 : counts[slot];
    }

    /**
     * Copies the entries filed under {@code key}, newest first, into {@code into} from {@code at}, at most
     * {@code room}; how many.
     */
    int holders(int key, int[] into, int at, int room) {
        int slot = slot(slots, key);
        int place = (int) slots[slot] - 1;
        if (place < 0 || room <= 0) {
            return 0;
        }
        if (counts[slot] == 1) {
            into[at] = place;
            return 1;
        }
        int copied = 0;
        while (copied < room) {
            int value = pool[place];
            if (value >= 0) {
                into[at + copied++] = value;
                place--;
            } else if (value == NO_BLOCK) {
                break;
            } else {
                place = -2 - value;
            }
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
