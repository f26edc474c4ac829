package chanye.classifier.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary.Attribute;

/**
 * The {@link WordClass} and the frequency in the bigram model of each word of HanLP's core dictionary, and its text
 * and first part of speech, by the word's id, each worked out the first time a lattice needs it: a lattice then reads
 * one int of a small array for each word it finds instead of the word's attribute, its parts of speech and their
 * names, scattered over the heap, and returns the one string of a word rather than a copy per token, with its part
 * of speech beside it rather than three references away.
 *
 * <p>Thread-safe: each cell is either not yet known (0, null) or its final value, and threads that race to work one
 * out write the same value (strings, being immutable, are safe to share so).
 */
final class CoreWords {

    private static final WordClass[] CLASSES = WordClass.values();
    private static final int CLASS_BITS = 4;
    private static final int CLASS_MASK = (1 << CLASS_BITS) - 1;
    /** The bit set for a word whose first part of speech is that of transliterated names. */
    private static final int TRANSLITERATED_NAME = 1 << CLASS_BITS;
    private static final int FREQUENCY_SHIFT = CLASS_BITS + 1;
    private static final int MAX_FREQUENCY = Integer.MAX_VALUE >>> FREQUENCY_SHIFT;
    /**
     * Each word's frequency, above a bit set when its first part of speech is {@code nrf}, above the ordinal of its
     * class plus one; 0 while not known.
     */
    private static final int[] WORDS = new int[CoreDictionary.trie.size()];
    /** Each word's text and part of speech, made the first time a lattice returns it; null while not made. */
    private static final Word[] SPELLED = new Word[WORDS.length];

    private CoreWords() {
    }

    /**
     * What the core word with this id is in a lattice, for {@link #classOf(int)}, {@link #frequencyOf(int)} and
     * {@link #isTransliteratedName(int)}.
     */
    static int describe(int id) {
        int known = WORDS[id];
        if (known == 0) {
            Attribute attribute = CoreDictionary.trie.get(id);
            WordClass wordClass = attribute.nature.length == 1 ? WordClass.of(attribute.nature[0]) : WordClass.NONE;
            Attribute taken = wordClass.attribute == null ? attribute : wordClass.attribute;
            if (taken.totalFrequency < 0 || taken.totalFrequency > MAX_FREQUENCY) {
                throw new IllegalStateException("core word " + id + " has a frequency out of range: "
                        + taken.totalFrequency);
            }
            int name = attribute.nature[0] == Nature.nrf ? TRANSLITERATED_NAME : 0;
            known = taken.totalFrequency << FREQUENCY_SHIFT | name | wordClass.ordinal() + 1;
            WORDS[id] = known;
        }
        return known;
    }

    /**
     * The text and first part of speech of the core word with this id, which stands in {@code text} at
     * {@code start}: one string per word, shared by every token of it, so that tokens are not copied out of the text
     * one by one and a word's hash is worked out once.
     */
    static Word word(int id, char[] text, int start, int length) {
        Word known = SPELLED[id];
        if (known == null) {
            known = new Word(new String(text, start, length), CoreDictionary.trie.get(id).nature[0]);
            SPELLED[id] = known;
        }
        return known;
    }

    /** The class of a word {@linkplain #describe described}. */
    static WordClass classOf(int described) {
        return CLASSES[(described & CLASS_MASK) - 1];
    }

    /** The total frequency of the attribute a word {@linkplain #describe described} has in a lattice. */
    static int frequencyOf(int described) {
        return described >>> FREQUENCY_SHIFT;
    }

    /** Whether a word {@linkplain #describe described} is first of all a transliterated name. */
    static boolean isTransliteratedName(int described) {
        return (described & TRANSLITERATED_NAME) != 0;
    }

    /**
     * A core word as a lattice returns it.
     *
     * @param text   the word
     * @param nature its first part of speech in the core dictionary
     */
    record Word(String text, Nature nature) {
    }
}
