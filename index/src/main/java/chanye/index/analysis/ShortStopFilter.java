package chanye.index.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the stop words as {@link StopFilter} does, without looking up a term longer than the longest stop word: the
 * stop words of Chinese text are one or two characters long, and hashing every longer word into the set was most of
 * the filter's cost.
 */
public final class ShortStopFilter extends FilteringTokenFilter {

    private final CharArraySet stopWords;
    private final int longest;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ShortStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
        int max = 0;
        for (Object word : stopWords) {
            max = Math.max(max, ((char[]) word).length);
        }
        this.longest = max;
    }

    @Override
    protected boolean accept() {
        int length = termAtt.length();
        return length > longest || !stopWords.contains(termAtt.buffer(), 0, length);
    }
}
