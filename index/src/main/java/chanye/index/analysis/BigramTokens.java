package chanye.index.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The tokens {@link BigramAnalyzer} gives for a text, made straight from its characters where the text allows: a run
 * of Han ideographs gives its overlapping pairs (or the one character of a run of one), a gap gives nothing, and a
 * stretch of other text between them gives what the analyzer gives for that stretch alone (an ASCII word, with
 * the punctuation around it that only joins letters or digits, gives the word in lower case; anything else is given
 * by the analyzer on the stretch). That is what the analyzer's chain of tokenizer and filters
 * gives for the whole text, at a fraction of its cost for Chinese, because the tokenizer never joins a Han ideograph
 * or a gap to a neighbour and the bigram filter pairs only characters next to each other. A text with a character that
 * might be paired otherwise (kana, Hangul, characters outside the basic plane) or that could join a Han character or a
 * gap (a combining mark after one) is analysed whole by the analyzer. {@code BigramTokensTest} proves the tokens the
 * same as the chain's on every character and on generated text of every kind.
 */
public final class BigramTokens {

    /** Lucene's longest token: a stretch no longer than this cannot hold a token that the tokenizer cuts. */
    private static final int LONGEST_STRETCH = 255;

    private BigramTokens() {
    }

    /**
     * The tokens that {@code analysis} gives for {@code text} in {@code field}, a field that {@code analysis} analyses
     * with a {@link BigramAnalyzer} for index and query time.
     */
    public static CapturedTokens of(Analyzer analysis, String field, String text) {
        CapturedTokens.Builder tokens = new CapturedTokens.Builder(text.length());
        int length = text.length();
        int i = 0;
        while (i < length) {
            byte kind = BigramCharacters.kind(text.charAt(i));
            int start = i++;
            if (kind == BigramCharacters.HAN) {
                while (i < length && BigramCharacters.kind(text.charAt(i)) == BigramCharacters.HAN) {
                    i++;
                }
                addPairs(tokens, text, start, i);
            } else if (kind != BigramCharacters.GAP) {
                while (i < length && !endsStretch(BigramCharacters.kind(text.charAt(i)))) {
                    i++;
                }
                if (!addStretch(tokens, analysis, field, text, start, i)) {
                    return CapturedTokens.of(analysis, field, text);
                }
            }
        }
        return tokens.build(new CapturedTokens.End(length, 0));
    }

    private static boolean endsStretch(byte kind) {
        return kind == BigramCharacters.HAN || kind == BigramCharacters.GAP;
    }

    /** The pairs of the run of Han characters from {@code start} to {@code end}, or its one character. */
    private static void addPairs(CapturedTokens.Builder tokens, String text, int start, int end) {
        if (end - start == 1) {
            tokens.add(text, start, end);
        } else {
            tokens.addPairs(text, start, end);
        }
    }

    /**
     * Adds the tokens of the stretch from {@code start} to {@code end}, between Han characters and gaps; false when
     * the whole text must go to the analyzer instead.
     */
    private static boolean addStretch(CapturedTokens.Builder tokens, Analyzer analysis, String field, String text,
                                      int start, int end) {
        if (end - start > LONGEST_STRETCH || BigramCharacters.attaches(text.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (BigramCharacters.kind(text.charAt(i)) == BigramCharacters.PAIRED) {
                return false;
            }
        }
        int from = start;
        int to = end;
        while (from < to && BigramCharacters.kind(text.charAt(from)) == BigramCharacters.QUIET) {
            from++;
        }
        while (to > from && BigramCharacters.kind(text.charAt(to - 1)) == BigramCharacters.QUIET) {
            to--;
        }
        if (isAlnum(text, from, to)) {
            if (from < to) {
                tokens.addAsciiLowerCase(text, from, to);
            }
            return true;
        }
        return tokens.addAnalysed(analysis, field, text.substring(start, end), start).increment() == 0;
    }

    private static boolean isAlnum(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BigramCharacters.kind(text.charAt(i)) != BigramCharacters.ALNUM) {
                return false;
            }
        }
        return true;
    }
}
