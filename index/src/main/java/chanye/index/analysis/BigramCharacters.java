package chanye.index.analysis;

import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * What each character of the basic multilingual plane is to {@link BigramTokens}: how {@link StandardTokenizer}
 * (Lucene 9's, of Unicode 12) treats it, for the characters Chinese news is written in. Lucene's own tokenizer is the
 * authority; {@code BigramTokensTest} checks every character named here against it, alone and between neighbours
 * of every kind.
 */
final class BigramCharacters {

    /** A Han ideograph that the tokenizer gives as a token of its own, which the bigram filter pairs. */
    static final byte HAN = 1;
    /** A character that is never part of a token and never joins its neighbours: space, most punctuation. */
    static final byte GAP = 2;
    /**
     * A character that is part of a token only between two letters or digits (a comma or a full stop in a number, an
     * apostrophe in a word): alone, or between an ASCII word and a gap, it is no token.
     */
    static final byte QUIET = 3;
    /** An ASCII letter or digit. */
    static final byte ALNUM = 4;
    /** Any other character that gives no token the bigram filter pairs: Latin, Greek, symbols, full-width forms. */
    static final byte PLAIN = 5;
    /** A character that may give a token the bigram filter pairs (kana, Hangul, Han beyond the above) or unknown. */
    static final byte PAIRED = 6;

    private static final int[][] HAN_RANGES = {{0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A},
        {0x3400, 0x4DB5}, {0x4E00, 0x9FEF}};
    private static final int[][] GAP_RANGES = {{0x00, 0x21}, {0x23, 0x26}, {0x28, 0x2B}, {0x2D, 0x2D}, {0x2F, 0x2F},
        {0x3C, 0x40}, {0x5B, 0x5E}, {0x60, 0x60}, {0x7B, 0xA8}, {0xAB, 0xAC}, {0xAF, 0xB4}, {0xB6, 0xB6},
        {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2010, 0x2017}, {0x201A, 0x2023}, {0x2025, 0x2026}, {0x2030, 0x203B}, {0x3000, 0x3004},
        {0x3008, 0x3020}, {0xFF01, 0xFF06}, {0xFF08, 0xFF0B}, {0xFF0D, 0xFF0D}, {0xFF0F, 0xFF0F}, {0xFF1C, 0xFF20},
        {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF5E}};
    private static final int[][] QUIET_RANGES = {{'"', '"'}, {'\'', '\''}, {',', ','}, {'.', '.'}, {':', ';'},
        {0xB7, 0xB7}, {0x2018, 0x2019}, {0x2024, 0x2024}, {0x2027, 0x2027}, {0xFF07, 0xFF07}, {0xFF0C, 0xFF0C},
        {0xFF0E, 0xFF0E}, {0xFF1A, 0xFF1B}};
    private static final int[][] ALNUM_RANGES = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};

    private static final byte[] KINDS = kinds();

    private BigramCharacters() {
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c < kinds.length; c++) {
            boolean full = c >= 0xFF01 && c <= 0xFF5E;
            boolean hangulJamo = c >= 0x1100 && c <= 0x11FF;
            kinds[c] = hangulJamo || (c >= 0x2E80 && !full) ? PAIRED : PLAIN;
        }
        mark(kinds, HAN_RANGES, HAN);
        mark(kinds, GAP_RANGES, GAP);
        mark(kinds, QUIET_RANGES, QUIET);
        mark(kinds, ALNUM_RANGES, ALNUM);
        return kinds;
    }

    private static void mark(byte[] kinds, int[][] ranges, byte kind) {
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                kinds[c] = kind;
            }
        }
    }

    /** The kind of {@code c}. */
    static byte kind(char c) {
        return KINDS[c];
    }

    /**
     * Whether {@code c} attaches to the character before it (a combining mark, a format character such as a joiner):
     * after a Han character or a gap it would join that character's match, not start a token of its own.
     */
    static boolean attaches(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }
}
