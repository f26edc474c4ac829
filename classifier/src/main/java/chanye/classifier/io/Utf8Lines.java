package chanye.classifier.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a stream of text lines that should be UTF-8, line by line, and says which lines are not: a JSON Lines file
 * saved as GBK is then named as such, line by line, instead of being read as garbage or failing on its first byte
 * with Java's "Input length = 1". Lines end at \n (a \r before it is dropped); a byte order mark at the start is
 * dropped. Not thread-safe.
 */
public final class Utf8Lines implements Closeable {

    /** What a line that is not UTF-8 is reported as. */
    public static final String NOT_UTF8 = "not UTF-8 text (a GBK file? convert it with iconv -f GBK -t UTF-8)";

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private int number;
    private boolean end;

    /** @param in the stream, closed by {@link #close} */
    public Utf8Lines(InputStream in) {
        this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"));
    }

    /**
     * One line of the stream.
     *
     * @param number the line number, from 1
     * @param text   the line's text, or null when it is not UTF-8
     * @param lossy  the line's text with each byte sequence that is not UTF-8 replaced by U+FFFD; equal to
     *               {@code text} when that is not null
     */
    public record Line(int number, String text, String lossy) {

        /** Whether the line is valid UTF-8. */
        public boolean isUtf8() {
            return text != null;
        }
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (end) {
            return null;
        }
        line.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1) {
            end = true;
            if (line.size() == 0) {
                return null;
            }
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text = decode(bytes, length);
        String lossy = text != null ? text : new String(bytes, 0, length, StandardCharsets.UTF_8);
        return number == 1 ? new Line(number, ByteOrderMark.strip(text), ByteOrderMark.strip(lossy))
                : new Line(number, text, lossy);
    }

    private static String decode(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
