package chanye.classifier.segment;

import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmentation in index mode, computed on a {@link WordLattice} of primitive arrays instead of
 * HanLP's lists of vertex objects: the same words, parts of speech and offsets, in the same order, at a fraction of
 * the allocation. {@link #segment} gives them to a {@link WordSink} without making HanLP's term objects.
 *
 * <p>The lattice covers the configuration {@link Segmenter} uses: index mode, the recognition of Chinese, Japanese,
 * place and organisation names and of number-quantifiers off, and a custom dictionary held in a double-array trie
 * only. A sentence whose path holds a word tagged as a transliterated name, which HanLP's transliterated-name
 * recognition (on by default) may rewrite, and any other configuration, go to HanLP's own path.
 */
final class ArrayViterbiSegment extends ViterbiSegment {

    private final ThreadLocal<WordLattice> lattices = ThreadLocal.withInitial(WordLattice::new);

    @Override
    protected List<Term> segSentence(char[] sentence) {
        List<Term> terms = new ArrayList<>();
        segment(sentence, (word, offset, length, nature) -> {
            Term term = new Term(word, nature);
            term.offset = offset;
            terms.add(term);
        });
        return terms;
    }

    /**
     * Gives the sink the words {@link #seg(String)} returns for the text, in order, with the same offsets and parts
     * of speech.
     *
     * @param text the text, which the lattice reads as it is and keeps while it segments
     */
    void seg(char[] text, WordSink sink) {
        if (config.normalization || config.threadNumber > 1) {
            give(seg(new String(text)), sink);
        } else {
            segment(text, sink);
        }
    }

    private void segment(char[] sentence, WordSink sink) {
        if (sentence.length == 0 || !latticeCovers()) {
            hanlp(sentence, sink);
            return;
        }
        boolean custom = config.useCustomDictionary;
        WordLattice lattice = lattices.get();
        lattice.reset(sentence);
        lattice.addCoreWords();
        if (config.forceCustomDictionary) {
            lattice.addDomainWords(customDictionary.dat);
        }
        lattice.addAtoms();
        if (!lattice.findPath()) {
            hanlp(sentence, sink);
            return;
        }
        if (custom) {
            lattice.joinDomainWords(customDictionary.dat);
            lattice.addDomainWordsInsidePath(customDictionary.dat);
        }
        if (config.ner && lattice.pathHasTransliteratedName()) {
            hanlp(sentence, sink);
            return;
        }
        lattice.indexWords(config.indexMode, sink);
    }

    /** HanLP's own segmentation of the sentence, given to the sink. */
    private void hanlp(char[] sentence, WordSink sink) {
        give(super.segSentence(sentence), sink);
    }

    /** Gives HanLP's terms to the sink. */
    static void give(List<Term> terms, WordSink sink) {
        for (Term term : terms) {
            sink.word(term.word, term.offset, term.length(), term.nature);
        }
    }

    /** Whether this segment's configuration is one the lattice computes exactly as HanLP does. */
    private boolean latticeCovers() {
        boolean customInTrie = !(config.useCustomDictionary || config.forceCustomDictionary)
                || customDictionary.trie == null;
        return config.indexMode > 0 && customInTrie && !config.numberQuantifierRecognize && !config.nameRecognize
                && !config.japaneseNameRecognize && !config.placeRecognize && !config.organizationRecognize;
    }
}
