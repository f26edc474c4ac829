package chanye.index.schema;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds text as {@link ContentHash} does (NFKC, then lower case, then without whitespace), without the normaliser for
 * text made only of the characters news in Chinese is written in: Latin-1, CJK ideographs, CJK and general punctuation,
 * full-width forms. Each of those has no canonical combining class, composes with no neighbour and folds to one
 * character (or to none, for whitespace) whatever surrounds it, so such a text folds one character at a time, with a
 * table instead of NFKC's look-ups and a copy of the whole text. Any other character hands the text to the normaliser.
 */
final class NfkcFolding {

    /** Marks a character the table does not fold on its own. */
    private static final char OTHER = '\uFFFF';
    /** Marks a character that folds to whitespace, which is dropped. */
    private static final char DROPPED = '\uFFFE';
    private static final char FIRST_IDEOGRAPH = '\u4E00';
    private static final char LAST_IDEOGRAPH = '\u9FFF';
    /** Latin-1, general punctuation (dashes, quotes), CJK symbols and punctuation, full-width ASCII. */
    private static final char[][] TABLE_RANGES = {{0, 0xFF}, {0x2010, 0x2027}, {0x3000, 0x3029}, {0x3030, 0x303F},
        {0xFF01, 0xFF5E}};
    private static final char[] FOLDED = table();

    private NfkcFolding() {
    }

    private static char[] table() {
        char[] folded = new char[0xFF5F];
        Arrays.fill(folded, OTHER);
        for (char[] range : TABLE_RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                folded[c] = foldAlone(c);
            }
        }
        return folded;
    }

    /** The character {@code c} folds to, {@link #DROPPED}, or {@link #OTHER} when it folds to more than one. */
    private static char foldAlone(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            return DROPPED;
        }
        if (folded.length() != 1) {
            return OTHER;
        }
        char f = folded.charAt(0);
        return Character.isWhitespace(f) || Character.isSpaceChar(f) ? DROPPED : f;
    }

    /** Appends {@code text} folded (NFKC, lower case) without its whitespace and space characters. */
    static void append(StringBuilder out, String text) {
        char[] folded = new char[text.length()];
        int end = foldByTable(text, folded, 0);
        if (end >= 0) {
            out.append(folded, 0, end);
        } else {
            appendNormalised(out, text);
        }
    }

    /**
     * Writes {@code text} folded by the table into {@code out} from {@code at}, which has room for all of its
     * characters (the table never lengthens a text); where the fold ends, or -1, having written part of it, if the
     * text has a character the table does not fold. The text is read into {@code out} first and folded there, in
     * place: an array read and written is cheaper under the crawl's compiler than a string's characters and a
     * builder's appends.
     */
    static int foldByTable(String text, char[] out, int at) {
        int end = at + text.length();
        text.getChars(0, text.length(), out, at);
        int to = at;
        for (int i = at; i < end; i++) {
            char c = out[i];
            if (c >= FIRST_IDEOGRAPH && c <= LAST_IDEOGRAPH) {
                out[to++] = c;
            } else {
                char f = c < FOLDED.length ? FOLDED[c] : OTHER;
                if (f == OTHER) {
                    return -1;
                }
                if (f != DROPPED) {
                    out[to++] = f;
                }
            }
        }
        return to;
    }

    /** Appends the fold of any text, by the normaliser. */
    private static void appendNormalised(StringBuilder out, String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
    }
}
