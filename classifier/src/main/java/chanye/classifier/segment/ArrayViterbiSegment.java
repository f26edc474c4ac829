package chanye.classifier.segment;

import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP's Viterbi segmentation in index mode, computed on a {@link WordLattice} of primitive arrays instead of
 * HanLP's lists of vertex objects: the same words, parts of speech and offsets, in the same order, at a fraction of
 * the allocation.
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
        if (sentence.length == 0 || !latticeCovers()) {
            return super.segSentence(sentence);
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
            return super.segSentence(sentence);
        }
        if (custom) {
            lattice.joinDomainWords(customDictionary.dat);
            lattice.addDomainWordsInsidePath(customDictionary.dat);
        }
        if (config.ner && lattice.pathHasTransliteratedName()) {
            return super.segSentence(sentence);
        }
        return lattice.indexTerms(config.indexMode);
    }

    /** Whether this segment's configuration is one the lattice computes exactly as HanLP does. */
    private boolean latticeCovers() {
        boolean customInTrie = !(config.useCustomDictionary || config.forceCustomDictionary)
                || customDictionary.trie == null;
        return config.indexMode > 0 && customInTrie && !config.numberQuantifierRecognize && !config.nameRecognize
                && !config.japaneseNameRecognize && !config.placeRecognize && !config.organizationRecognize;
    }
}
