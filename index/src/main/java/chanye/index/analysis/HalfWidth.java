package chanye.index.analysis;

/**
 * Folds full-width ASCII (ＡＢＣ１２３，) and the ideographic space to their half-width forms, one character for one,
 * so that offsets into the folded text are offsets into the original.
 */
final class HalfWidth {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private HalfWidth() {
    }

    /** The first {@code length} characters of {@code chars}, folded. */
    static String fold(char[] chars, int offset, int length) {
        char[] folded = new char[length];
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_SHIFT);
            } else if (c == IDEOGRAPHIC_SPACE) {
                c = ' ';
            }
            folded[i] = c;
        }
        return new String(folded);
    }
}
