package chanye.index.story;

import java.util.Arrays;

/**
 * Which articles hold each band key, in memory: an open-addressing table of the keys, probed linearly, each slot three
 * {@code int}s side by side: the key, where its newest entry (an article's band number {@code e}) is, and how many
 * entries it has. A key's only entry sits in its slot; a key with more keeps them in a chain of blocks in one pool,
 * {@value #FIRST_BLOCK} entries in its first block, twice as many in each next one up to {@value #LAST_BLOCK}, each
 * block led by a link to the block before it. A probe reads one place in one array, an insert costs one probe
 * whatever the key's holders, and a lookup reads a key's holders newest first (a copy is mostly indexed soon after
 * its original), as many as it asks for, walking each block's entries side by side in memory: a lookup comes after
 * the indexing of a whole article has pushed the table out of the processor's caches, and entries that each sat
 * apart, linked one to the next, cost a cache miss each. About 5 bytes an entry (in generated news; the blocks' links
 * and their room not yet filled) and 12 a slot, at a load of at most {@value #MAX_LOAD}. Not thread-safe.
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
    /** Ints per slot, and where a slot keeps its key, its newest entry's place and its count of entries. */
    private static final int SLOT = 3;
    private static final int KEY = 0;
    private static final int NEWEST = 1;
    private static final int COUNT = 2;

    /**
     * Per slot, from {@code SLOT * slot}: the key; its only entry (a key of one entry) or the place of its newest
     * entry in {@link #pool}; how many entries it has, 0 for an empty slot.
     */
    private int[] slots;
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
        this.slots = new int[SLOT * (Integer.highestOneBit((int) Math.max(16, keys / MAX_LOAD)) << 1)];
        this.pool = new int[Math.max(16, entries)];
    }

    /** Files entry {@code entry} (not negative) under {@code key}, as its newest. */
    void add(int entry, int key) {
        int at = SLOT * slot(slots, key);
        int count = slots[at + COUNT];
        int newest = slots[at + NEWEST];
        if (count == 0) {
            newest = entry;
        } else if (count == 1) {
            newest = block(NO_BLOCK, FIRST_BLOCK);
            pool[newest++] = slots[at + NEWEST];
            pool[newest] = entry;
        } else if (startsBlock(count)) {
            newest = block(-2 - newest, Math.min(count + FIRST_BLOCK, LAST_BLOCK));
            pool[newest] = entry;
        } else {
            pool[++newest] = entry;
        }
        slots[at + KEY] = key;
        slots[at + NEWEST] = newest;
        slots[at + COUNT] = count + 1;
        if (count == 0 && ++filled > slots.length / SLOT * MAX_LOAD) {
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
            pool = Arrays.copyOf(pool, Math.max(pooled + 1 + size, pool.length + pool.length / 8));
        }
        pool[pooled] = link;
        int first = pooled + 1;
        pooled += 1 + size;
        return first;
    }

    /** How many entries {@code key} has. */
    int count(int key) {
        return slots[SLOT * slot(slots, key) + COUNT];
    }

    /**
     * Copies the entries filed under {@code key}, newest first, into {@code into} from {@code at}, at most
     * {@code room}; how many.
     */
    int holders(int key, int[] into, int at, int room) {
        int slot = SLOT * slot(slots, key);
        int count = slots[slot + COUNT];
        int place = slots[slot + NEWEST];
        if (count == 0 || room <= 0) {
            return 0;
        }
        if (count == 1) {
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
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + COUNT] != 0) {
                System.arraycopy(old, at, slots, SLOT * slot(slots, old[at + KEY]), SLOT);
            }
        }
    }

    /** The slot of {@code key}, or the empty one where it would go. */
    private static int slot(int[] slots, int key) {
        int length = slots.length / SLOT;
        int mask = length - 1;
        int slot = (key * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(length));
        while (slots[SLOT * slot + COUNT] != 0 && slots[SLOT * slot + KEY] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
