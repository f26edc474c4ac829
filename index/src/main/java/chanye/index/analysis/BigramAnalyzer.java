package chanye.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping pairs of Chinese characters (塔里木油田 gives 塔里, 里木, 木油, 油田), other scripts as whole words.
 *
 * <p>It needs no dictionary, so a phrase of it finds any run of characters, whatever HanLP made of the text: the
 * recall net under the word fields. The same analyzer serves index and query time. The highlighter re-analyzes text
 * {@link #withUnigrams() with single characters too}, so that a one-character query marks that character alone.
 */
public final class BigramAnalyzer extends Analyzer {

    private static final int ALL_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    private final boolean unigrams;

    /** Bigrams, and a character alone only where it has no Chinese neighbour: the index and query analysis. */
    public BigramAnalyzer() {
        this(false);
    }

    private BigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** Every character on its own as well as the bigrams (at the position of their first character). */
    public static BigramAnalyzer withUnigrams() {
        return new BigramAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new ChineseLowerCaseFilter(new CJKWidthFilter(tokenizer)),
                ALL_SCRIPTS, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
