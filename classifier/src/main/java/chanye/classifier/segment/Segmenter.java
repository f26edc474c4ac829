package chanye.classifier.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chinese word segmentation with HanLP, with a domain dictionary that wins over the core lattice.
 *
 * <p>The domain terms (for example a taxonomy's cluster terms) are loaded into a dictionary private to this
 * segmenter and forced, so that 风电 and 煤制气 stay whole, while words that merely contain a term, such as 葡萄牙,
 * are left as HanLP's core dictionary has them. Text is segmented paragraph by paragraph so long inputs stay
 * linear; offsets always point into the original text.
 *
 * <p>Instances are thread-safe: HanLP's analysis is, and the configuration is fixed at construction.
 */
public final class Segmenter {

    static {
        HanLP.Config.enableDebug(false);
    }

    private final Segment words;
    private final Segment indexWords;

    /**
     * @param domainTerms words that must come out whole when they stand in the text as words
     */
    public Segmenter(Collection<String> domainTerms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String term : domainTerms) {
            dictionary.insert(term, "nz 1024");
        }
        this.words = configure(new ViterbiSegment(), dictionary);
        this.indexWords = configure(new ViterbiSegment(), dictionary).enableIndexMode(true);
    }

    private static Segment configure(Segment segment, DynamicCustomDictionary dictionary) {
        return segment.enableCustomDictionary(dictionary)
                .enableCustomDictionaryForcing(true)
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    /** The words of the text, coarse: each word once, as a reader would split it. */
    public List<Token> words(String text) {
        return segment(words, text);
    }

    /**
     * The words of the text and, after each long word, the shorter dictionary words inside it (新能源新材料 gives
     * 新能源新材料, 新能源, 新材料, ...), for indexing.
     */
    public List<Token> indexWords(String text) {
        return segment(indexWords, text);
    }

    private static List<Token> segment(Segment segment, String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int paragraphStart = 0;
        while (paragraphStart < length) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = length;
            }
            if (paragraphEnd > paragraphStart) {
                String paragraph = text.substring(paragraphStart, paragraphEnd);
                for (Term term : segment.seg(paragraph)) {
                    int start = paragraphStart + term.offset;
                    int end = Math.min(start + term.length(), paragraphEnd);
                    String pos = term.nature == null ? "x" : term.nature.toString();
                    tokens.add(new Token(term.word, start, end, pos));
                }
            }
            paragraphStart = paragraphEnd + 1;
        }
        return tokens;
    }
}
