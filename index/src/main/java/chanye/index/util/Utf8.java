package chanye.index.util;

/**
 * Writes characters as UTF-8 in a plain loop over arrays: under the crawl's compiler, a String's encoder or Lucene's
 * costs calls per character that this does not. A surrogate is left to the caller's own encoder, whose handling of a
 * lone one (Lucene's U+FFFD, the JDK's '?') is what its bytes must keep.
 */
public final class Utf8 {

    /** The most bytes a UTF-16 character takes in UTF-8 (a pair of surrogates takes four for two). */
    public static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Writes {@code length} characters of {@code chars} from {@code from} into {@code out} from {@code at}, which has
     * room for {@value #MAX_BYTES_PER_CHAR} bytes a character; where the bytes end, or -1 when the characters hold a
     * surrogate (then some of them may have been written).
     */
    public static int encode(char[] chars, int from, int length, byte[] out, int at) {
        for (int i = from; i < from + length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                return -1;
            }
        }
        return at;
    }
}
