package chanye.index.analysis;

import chanye.classifier.segment.Segmenter;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * Chinese analysis with HanLP words: {@link HanLPTokenizer}, then width folding ({@link CJKWidthFilter}), lower
 * case ({@link ChineseLowerCaseFilter}: {@link LowerCaseFilter}'s result, cheaper on Chinese), and the removal of a few
 * function words that carry no meaning for search (的, 了, 和, ...; {@link ShortStopFilter}).
 *
 * <p>Index with {@link Mode#INDEX} and query with {@link Mode#QUERY} over the same {@link Segmenter}, so that the
 * coarse words of a query meet the words and sub-words of the index.
 */
public final class HanLPAnalyzer extends Analyzer {

    /** Whether the tokenizer adds sub-words. */
    public enum Mode {
        /** words plus the dictionary words inside them, stacked at the same position */
        INDEX,
        /** coarse words only */
        QUERY
    }

    /** Function words dropped at index and query time. */
    public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("的", "了", "着", "地", "得", "之", "其", "与", "及", "和", "或", "而", "并且", "以及", "是", "也",
                    "就", "都", "把", "被", "这", "那", "啊", "吗", "呢", "吧"), false));

    private final Segmenter segmenter;
    private final Mode mode;

    public HanLPAnalyzer(Segmenter segmenter, Mode mode) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HanLPTokenizer(segmenter, mode);
        TokenStream stream = new ShortStopFilter(new ChineseLowerCaseFilter(new CJKWidthFilter(tokenizer)), STOP_WORDS);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
