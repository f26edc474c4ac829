package chanye.classifier.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary.Attribute;

/**
 * The class a dictionary word of a single part of speech stands for in HanLP's bigram model: a person's, place's or
 * group's name, a proper noun, a number, a string, a time, or none (the word stands for itself).
 *
 * <p>HanLP decides this by comparing the part of speech's name with prefixes for every word it looks up; the class
 * of each part of speech is worked out here once.
 */
enum WordClass {
    PERSON(CoreDictionary.NR_WORD_ID, false),
    PLACE(CoreDictionary.NS_WORD_ID, false),
    PROPER(CoreDictionary.NX_WORD_ID == -1 ? CoreDictionary.X_WORD_ID : CoreDictionary.NX_WORD_ID, false),
    GROUP(CoreDictionary.NT_WORD_ID, false),
    NUMBER(CoreDictionary.M_WORD_ID, true),
    CLUSTER(CoreDictionary.X_WORD_ID, true),
    TIME(CoreDictionary.T_WORD_ID, true),
    NONE(-1, false);

    private static final WordClass[] BY_ORDINAL = classes();

    /** The id of the class's word in the core dictionary, which its words take in the bigram model. */
    final int wordId;
    /** The attribute its words take instead of their own, or null when they keep theirs. */
    final Attribute attribute;

    WordClass(int wordId, boolean takesAttribute) {
        this.wordId = wordId;
        this.attribute = takesAttribute ? CoreDictionary.get(wordId) : null;
    }

    /** The class of words of the single part of speech {@code nature}. */
    static WordClass of(Nature nature) {
        int ordinal = nature.ordinal();
        return ordinal < BY_ORDINAL.length ? BY_ORDINAL[ordinal] : classify(nature);
    }

    private static WordClass[] classes() {
        Nature[] natures = Nature.values();
        WordClass[] classes = new WordClass[natures.length];
        for (Nature nature : natures) {
            classes[nature.ordinal()] = classify(nature);
        }
        return classes;
    }

    private static WordClass classify(Nature nature) {
        String name = nature.toString();
        if (name.startsWith("nr")) {
            return PERSON;
        }
        if (name.startsWith("ns")) {
            return PLACE;
        }
        if (nature == Nature.nx) {
            return PROPER;
        }
        if (name.startsWith("nt") || nature == Nature.nit) {
            return GROUP;
        }
        if (name.charAt(0) == 'm') {
            return NUMBER;
        }
        if (name.charAt(0) == 'x') {
            return CLUSTER;
        }
        return nature == Nature.t ? TIME : NONE;
    }
}
