package chanye.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases each term exactly as {@link LowerCaseFilter} does, but looks no character up that cannot change: ASCII
 * is lowered by arithmetic, and the CJK blocks from U+2E80 to U+9FFF (radicals, punctuation, kana, ideographs) have
 * no lower case, so a Chinese term passes in one plain scan instead of a code point and a case lookup per character.
 * The first character of any other kind hands the rest of the term to Lucene's own lower-casing.
 */
public final class ChineseLowerCaseFilter extends TokenFilter {

    private static final char FIRST_CJK = '\u2E80';
    private static final char LAST_CJK = '\u9FFF';

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ChineseLowerCaseFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        toLowerCase(termAtt.buffer(), termAtt.length());
        return true;
    }

    /** Lower-cases {@code buffer[0, length)} in place, as {@link CharacterUtils#toLowerCase} does. */
    static void toLowerCase(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
            } else if (c < FIRST_CJK || c > LAST_CJK) {
                CharacterUtils.toLowerCase(buffer, i, length);
                return;
            }
        }
    }
}
