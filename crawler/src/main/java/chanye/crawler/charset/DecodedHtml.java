package chanye.crawler.charset;

import java.io.CharArrayReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * HTML text decoded from raw bytes, with the charset used and how it was chosen. The text is held as characters, so
 * that a parser can {@linkplain #reader() read} it without first building a String of the whole page.
 */
public final class DecodedHtml {

    private final char[] chars;
    private final int length;
    private final Charset charset;
    private final String source;

    /**
     * @param text    the decoded page text
     * @param charset the charset that decoded it
     * @param source  how the charset was chosen: {@code bom}, {@code utf-8}, {@code header}, {@code meta},
     *                {@code detected} or {@code fallback}
     */
    public DecodedHtml(String text, Charset charset, String source) {
        this(Objects.requireNonNull(text, "text").toCharArray(), text.length(), charset, source);
    }

    /** The text is {@code chars[0, length)}; the array is kept, not copied. */
    DecodedHtml(char[] chars, int length, Charset charset, String source) {
        this.chars = Objects.requireNonNull(chars, "chars");
        this.length = length;
        this.charset = Objects.requireNonNull(charset, "charset");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The decoded page text, as a new String. */
    public String text() {
        return new String(chars, 0, length);
    }

    /** A reader of the decoded text, for a parser. */
    public Reader reader() {
        return new CharArrayReader(chars, 0, length);
    }

    /** The charset that decoded the text. */
    public Charset charset() {
        return charset;
    }

    /**
     * How the charset was chosen: {@code bom}, {@code utf-8}, {@code header}, {@code meta}, {@code detected} or
     * {@code fallback}.
     */
    public String source() {
        return source;
    }
}
