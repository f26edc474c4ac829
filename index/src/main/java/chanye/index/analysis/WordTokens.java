package chanye.index.analysis;

import chanye.classifier.segment.Segmenter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens {@link HanLPAnalyzer} gives in {@link HanLPAnalyzer.Mode#INDEX index mode} for a text, taken from its
 * {@link HanLPTokenizer} alone where the filters after it would change nothing: a word of CJK characters (U+2E80 to
 * U+9FFF) and ASCII other than capitals has no full-width form to fold nor a capital to lower, so only the stop
 * words are dropped, here, as {@link ShortStopFilter} drops them (the positions they held added to the next word's
 * increment, or to the end's). A text with any other word (Latin capitals, half-width kana, full-width forms, other
 * scripts) goes through the analyzer's whole chain. The segmenter gives words in lower case, half-width, so for
 * Chinese news that is seldom; the three filters cost the crawl's compiler about as much per word as the tokenizer.
 * {@code WordTokensTest} proves the tokens the same as the analyzer's.
 */
public final class WordTokens {

    private static final StopTerms STOP_WORDS = new StopTerms(HanLPAnalyzer.STOP_WORDS);
    private static final char FIRST_CJK = '\u2E80';
    private static final char LAST_CJK = '\u9FFF';

    /** Each thread's tokenizer, for the segmenter it was last asked for. */
    private static final ThreadLocal<HanLPTokenizer> TOKENIZER = new ThreadLocal<>();

    private WordTokens() {
    }

    /**
     * The tokens that {@code analysis} gives for {@code text} in {@code field}, a field that {@code analysis} analyses
     * with a {@link HanLPAnalyzer} over {@code segmenter} in index mode.
     */
    public static CapturedTokens of(Analyzer analysis, Segmenter segmenter, String field, String text) {
        CapturedTokens.Builder tokens = new CapturedTokens.Builder(text.length());
        HanLPTokenizer tokenizer = tokenizer(segmenter);
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int skipped = 0;
            while (tokenizer.incrementToken()) {
                char[] chars = term.buffer();
                int length = term.length();
                if (!unchangedByFilters(chars, length)) {
                    return CapturedTokens.of(analysis, field, text);
                }
                if (STOP_WORDS.contains(chars, length)) {
                    skipped += increment.getPositionIncrement();
                } else {
                    tokens.add(chars, 0, length, increment.getPositionIncrement() + skipped, offset.startOffset(),
                            offset.endOffset());
                    skipped = 0;
                }
            }
            tokenizer.end();
            return tokens.build(new CapturedTokens.End(offset.endOffset(),
                    increment.getPositionIncrement() + skipped));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the text of " + field + ": " + e.getMessage(), e);
        } finally {
            close(tokenizer);
        }
    }

    private static HanLPTokenizer tokenizer(Segmenter segmenter) {
        HanLPTokenizer tokenizer = TOKENIZER.get();
        if (tokenizer == null || !tokenizer.segmentsWith(segmenter, HanLPAnalyzer.Mode.INDEX)) {
            tokenizer = new HanLPTokenizer(segmenter, HanLPAnalyzer.Mode.INDEX);
            TOKENIZER.set(tokenizer);
        }
        return tokenizer;
    }

    private static void close(HanLPTokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether width folding and lower-casing leave the term as it is, known from each character being CJK, or ASCII
     * other than a capital.
     */
    private static boolean unchangedByFilters(char[] term, int length) {
        for (int i = 0; i < length; i++) {
            char c = term[i];
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : c < FIRST_CJK || c > LAST_CJK) {
                return false;
            }
        }
        return true;
    }
}
