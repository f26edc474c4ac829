package chanye.classifier.segment;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;

/**
 * A thread's memory of the bigram frequencies it looked up in HanLP's core bigram table, which finds each by a
 * binary search. Direct-mapped: a pair of word ids has one slot, and a newer pair that maps there replaces it.
 *
 * <p>A slot is one int, small enough that the whole memory (512 KB) stays in this machine's second-level cache, where
 * a slot of a long missed it: the pair's two 17-bit ids are mixed by a bijection of 34 bits, whose low 17 bits choose
 * the slot and whose high 17 bits, the tag, are kept in the slot above the frequency plus one (15 bits, so that an
 * empty slot, 0, holds no pair). Slot and tag together tell the pair exactly. Pairs with ids or a frequency too large
 * for a slot are looked up every time. Not thread-safe.
 */
final class BigramCache {

    private static final int ID_BITS = 17;
    private static final int SLOT_BITS = 17;
    private static final int KEY_BITS = 2 * ID_BITS;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
    private static final int TAG_SHIFT = 15;
    private static final int FREQUENCY_MASK = (1 << TAG_SHIFT) - 1;
    /** The largest frequency a slot holds: its field holds the frequency plus one. */
    private static final int MAX_FREQUENCY = FREQUENCY_MASK - 1;
    private static final int MAX_ID = (1 << ID_BITS) - 1;
    /** An odd multiplier: multiplying by it modulo 2^34 is a bijection. */
    private static final long MIX = 0x2545F4914F6CDD1DL;

    private final int[] slots = new int[1 << SLOT_BITS];

    /** How often the word with id {@code first} is followed by the word with id {@code second}, as HanLP says. */
    int frequency(int first, int second) {
        if (first < 0 || second < 0 || first > MAX_ID || second > MAX_ID) {
            return CoreBiGramTableDictionary.getBiFrequency(first, second);
        }
        long key = mix((long) first << ID_BITS | second);
        int slot = (int) key & SLOT_MASK;
        int tag = (int) (key >>> SLOT_BITS);
        int cached = slots[slot];
        if (cached >>> TAG_SHIFT == tag && cached != 0) {
            return (cached & FREQUENCY_MASK) - 1;
        }
        int frequency = CoreBiGramTableDictionary.getBiFrequency(first, second);
        if (frequency >= 0 && frequency <= MAX_FREQUENCY) {
            slots[slot] = tag << TAG_SHIFT | frequency + 1;
        }
        return frequency;
    }

    /**
     * A bijection of the 34-bit keys that spreads them over the slots: two shifts and xors around a multiplication
     * by an odd number, each of which can be undone.
     */
    static long mix(long key) {
        long mixed = key ^ key >>> ID_BITS;
        mixed = mixed * MIX & KEY_MASK;
        return mixed ^ mixed >>> ID_BITS;
    }
}
