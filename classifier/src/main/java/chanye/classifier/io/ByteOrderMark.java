package chanye.classifier.io;

/**
 * The byte order mark (U+FEFF) that Windows editors put at the start of UTF-8 files: read as text, it would stick
 * to the first word, key or URL of a user's file and make it fail to parse.
 */
public final class ByteOrderMark {

    private static final char MARK = '\uFEFF';

    private ByteOrderMark() {
    }

    /** {@code text} without a byte order mark at its start; {@code null} stays {@code null}. */
    public static String strip(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == MARK ? text.substring(1) : text;
    }
}
