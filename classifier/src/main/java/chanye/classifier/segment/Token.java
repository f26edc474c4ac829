package chanye.classifier.segment;

import java.util.Objects;

/**
 * One word of segmented text, with where it stands in the text it came from.
 *
 * @param text  the word as it stands after normalisation (simplified, half-width, lower-case)
 * @param start the offset of its first character in the original text
 * @param end   the offset after its last character in the original text
 * @param pos   HanLP's part-of-speech tag, e.g. {@code n}, {@code ns}, {@code w} for punctuation
 */
public record Token(String text, int start, int end, String pos) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + text);
        }
    }

    /**
     * Whether HanLP tagged this token as punctuation or it holds no letter or digit. A common Chinese character or an
     * ASCII letter or digit answers without Unicode's tables, which cost the crawl's compiler calls it does not inline.
     */
    public boolean isPunctuation() {
        if (!pos.isEmpty() && pos.charAt(0) == 'w') {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (isCommonHan(c) || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                return false;
            }
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * Whether {@code c} is one of the common Chinese characters (U+4E00 to U+9FA5): a letter of the Han script, known
     * without Unicode's tables.
     */
    public static boolean isCommonHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }
}
