package chanye.classifier.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary.Attribute;

/**
 * The {@link WordClass} and the frequency in the bigram model of each word of HanLP's core dictionary, by the word's
 * id, each worked out the first time a lattice needs it: a lattice then reads two small arrays for each word it finds
 * instead of the word's attribute, its parts of speech and their names, scattered over the heap.
 *
 * <p>Thread-safe: each cell is either not yet known (0) or its final value, and threads that race to work one out
 * write the same value.
 */
final class CoreWords {

    private static final WordClass[] CLASSES = WordClass.values();
    /** The ordinal of each word's class plus one; 0 while not known. */
    private static final byte[] CLASS_OF = new byte[CoreDictionary.trie.size()];
    /** Each word's frequency; 0 while not known (a word of frequency 0 is worked out each time). */
    private static final int[] FREQUENCY_OF = new int[CoreDictionary.trie.size()];

    private CoreWords() {
    }

    /** The class the core word with this id stands for. */
    static WordClass classOf(int id) {
        int known = CLASS_OF[id];
        if (known == 0) {
            known = classify(CoreDictionary.trie.get(id)).ordinal() + 1;
            CLASS_OF[id] = (byte) known;
        }
        return CLASSES[known - 1];
    }

    /** The total frequency of the attribute the core word with this id has in a lattice. */
    static int frequencyOf(int id) {
        int frequency = FREQUENCY_OF[id];
        if (frequency == 0) {
            WordClass wordClass = classOf(id);
            Attribute taken = wordClass.attribute == null ? CoreDictionary.trie.get(id) : wordClass.attribute;
            frequency = taken.totalFrequency;
            FREQUENCY_OF[id] = frequency;
        }
        return frequency;
    }

    private static WordClass classify(Attribute attribute) {
        return attribute.nature.length == 1 ? WordClass.of(attribute.nature[0]) : WordClass.NONE;
    }
}
