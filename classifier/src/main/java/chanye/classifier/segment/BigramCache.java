package chanye.classifier.segment;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;

/**
 * A thread's memory of the bigram frequencies it looked up in HanLP's core bigram table, which finds each by a
 * binary search. Direct-mapped: a pair of word ids has one slot, and a newer pair that maps there replaces it. A slot
 * is one long, the pair's ids (plus one, so that an empty slot, 0, holds no pair) above the frequency; pairs with ids
 * or a frequency too large for a slot are looked up every time. Not thread-safe.
 */
final class BigramCache {

    private static final int SLOT_BITS = 18;
    private static final int ID_BITS = 17;
    private static final int FREQUENCY_BITS = Long.SIZE - 2 * ID_BITS;
    private static final long FREQUENCY_MASK = (1L << FREQUENCY_BITS) - 1;
    /** The largest id a slot holds: one less than what fits, so that the pair plus one fits too. */
    private static final int MAX_ID = (1 << ID_BITS) - 2;

    private final long[] slots = new long[1 << SLOT_BITS];

    /** How often the word with id {@code first} is followed by the word with id {@code second}, as HanLP says. */
    int frequency(int first, int second) {
        if (first < 0 || second < 0 || first > MAX_ID || second > MAX_ID) {
            return CoreBiGramTableDictionary.getBiFrequency(first, second);
        }
        long pair = ((long) first << ID_BITS | second) + 1;
        int slot = (first * 0x9E3779B1 + second) * 0x85EBCA6B >>> Integer.SIZE - SLOT_BITS;
        long cached = slots[slot];
        if (cached >>> FREQUENCY_BITS == pair) {
            return (int) (cached & FREQUENCY_MASK);
        }
        int frequency = CoreBiGramTableDictionary.getBiFrequency(first, second);
        if (frequency >= 0 && frequency <= FREQUENCY_MASK) {
            slots[slot] = pair << FREQUENCY_BITS | frequency;
        }
        return frequency;
    }
}
