package chanye.index.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * A set of stop words that answers most terms without hashing them: a term longer than the longest stop word, or
 * whose first character starts none, is not one. The stop words of Chinese text are one or two characters long,
 * as most of its words are, so the first character is what tells them apart cheaply. The set keeps case (as
 * {@link HanLPAnalyzer#STOP_WORDS} does).
 */
final class StopTerms {

    private final CharArraySet words;
    private final int longest;
    /** One bit per character that starts a stop word. */
    private final long[] firsts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    StopTerms(CharArraySet words) {
        this.words = words;
        int max = 0;
        for (Object word : words) {
            char[] chars = (char[]) word;
            max = Math.max(max, chars.length);
            if (chars.length > 0) {
                firsts[chars[0] >>> 6] |= 1L << chars[0];
            }
        }
        this.longest = max;
    }

    /** Whether the first {@code length} characters of {@code term} are a stop word. */
    boolean contains(char[] term, int length) {
        if (length > longest || length > 0 && (firsts[term[0] >>> 6] & 1L << term[0]) == 0) {
            return false;
        }
        return words.contains(term, 0, length);
    }
}
