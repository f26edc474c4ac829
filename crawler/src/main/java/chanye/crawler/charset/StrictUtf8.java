package chanye.crawler.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes UTF-8 bytes straight into a character array, strictly: the first malformed sequence (a stray continuation
 * byte, an overlong form, an encoded surrogate, a code point above U+10FFFF, a sequence cut short) makes the whole
 * input not UTF-8. Runs of ASCII, most of a page's markup and scripts, are checked and copied eight bytes at a time.
 *
 * <p>The result is the text {@code new String(bytes, UTF_8)} would give for valid input, without the String: the
 * parser reads the array, so a page's text is not copied once more into a String and out of it again.
 */
final class StrictUtf8 {

    private static final int ASCII_RUN = 8;
    /** The top bit of each of eight bytes read as one long: zero when all eight are ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private StrictUtf8() {
    }

    /**
     * Decodes {@code bytes[0, length)} into {@code into}, which must have room for {@code length} characters.
     *
     * @return the number of characters written, or -1 when the bytes are not well-formed UTF-8
     */
    static int decode(byte[] bytes, int length, char[] into) {
        int in = 0;
        int out = 0;
        while (in < length) {
            int b1 = bytes[in];
            if (b1 >= 0) {
                if (in + ASCII_RUN <= length && ((long) LONGS.get(bytes, in) & HIGH_BITS) == 0) {
                    into[out] = (char) b1;
                    into[out + 1] = (char) bytes[in + 1];
                    into[out + 2] = (char) bytes[in + 2];
                    into[out + 3] = (char) bytes[in + 3];
                    into[out + 4] = (char) bytes[in + 4];
                    into[out + 5] = (char) bytes[in + 5];
                    into[out + 6] = (char) bytes[in + 6];
                    into[out + 7] = (char) bytes[in + 7];
                    in += ASCII_RUN;
                    out += ASCII_RUN;
                } else {
                    into[out++] = (char) b1;
                    in++;
                }
                continue;
            }
            b1 &= 0xFF;
            int need = b1 >= 0xE0 ? b1 <= 0xEF ? 3 : b1 <= 0xF4 ? 4 : 0 : b1 >= 0xC2 ? 2 : 0;
            if (need == 0 || in + need > length || !secondByteFits(b1, bytes[in + 1] & 0xFF)) {
                return -1;
            }
            if (need == 2) {
                into[out++] = (char) ((b1 & 0x1F) << 6 | bytes[in + 1] & 0x3F);
            } else if (need == 3) {
                int b3 = bytes[in + 2];
                if ((b3 & 0xC0) != 0x80) {
                    return -1;
                }
                into[out++] = (char) ((b1 & 0x0F) << 12 | (bytes[in + 1] & 0x3F) << 6 | b3 & 0x3F);
            } else {
                int b3 = bytes[in + 2];
                int b4 = bytes[in + 3];
                if ((b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
                    return -1;
                }
                int cp = (b1 & 0x07) << 18 | (bytes[in + 1] & 0x3F) << 12 | (b3 & 0x3F) << 6 | b4 & 0x3F;
                into[out++] = Character.highSurrogate(cp);
                into[out++] = Character.lowSurrogate(cp);
            }
            in += need;
        }
        return out;
    }

    /**
     * Whether the second byte of a sequence is in the range its lead byte allows: no overlong three- or four-byte
     * forms (after E0 and F0), no surrogates (after ED), nothing above U+10FFFF (after F4).
     */
    private static boolean secondByteFits(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> (second & 0xC0) == 0x80;
        };
    }
}
