package chanye.index.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the stop words as {@link StopFilter} does, looking up only a term that could be one ({@link StopTerms}):
 * the stop words of Chinese text are one or two characters long, and hashing every word into the set was most of
 * the filter's cost.
 */
public final class ShortStopFilter extends FilteringTokenFilter {

    private final StopTerms stopWords;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ShortStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = new StopTerms(stopWords);
    }

    @Override
    protected boolean accept() {
        return !stopWords.contains(termAtt.buffer(), termAtt.length());
    }
}
