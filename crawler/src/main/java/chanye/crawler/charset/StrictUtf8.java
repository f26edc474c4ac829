package chanye.crawler.charset;

/**
 * Decodes UTF-8 bytes straight into a character array, strictly: the first malformed sequence (a stray continuation
 * byte, an overlong form, an encoded surrogate, a code point above U+10FFFF, a sequence cut short) makes the whole
 * input not UTF-8. Runs of ASCII, most of a page's markup and scripts, are copied eight bytes at a time.
 *
 * <p>The result is the text {@code new String(bytes, UTF_8)} would give for valid input, without the String: the
 * parser reads the array, so a page's text is not copied once more into a String and out of it again.
 */
final class StrictUtf8 {

    private static final int ASCII_RUN = 8;

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
            while (in + ASCII_RUN <= length && (bytes[in] | bytes[in + 1] | bytes[in + 2] | bytes[in + 3]
                    | bytes[in + 4] | bytes[in + 5] | bytes[in + 6] | bytes[in + 7]) >= 0) {
                for (int k = 0; k < ASCII_RUN; k++) {
                    into[out + k] = (char) bytes[in + k];
                }
                in += ASCII_RUN;
                out += ASCII_RUN;
            }
            if (in == length) {
                break;
            }
            int b1 = bytes[in];
            if (b1 >= 0) {
                into[out++] = (char) b1;
                in++;
                continue;
            }
            b1 &= 0xFF;
            int need = b1 >= 0xC2 && b1 <= 0xDF ? 2 : b1 >= 0xE0 && b1 <= 0xEF ? 3 : b1 >= 0xF0 && b1 <= 0xF4 ? 4 : 0;
            if (need == 0 || in + need > length || !secondByteFits(b1, bytes[in + 1] & 0xFF)) {
                return -1;
            }
            int cp = b1 & (0xFF >> (need + 1));
            for (int k = 1; k < need; k++) {
                int b = bytes[in + k] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    return -1;
                }
                cp = cp << 6 | b & 0x3F;
            }
            if (need == 4) {
                into[out++] = Character.highSurrogate(cp);
                into[out++] = Character.lowSurrogate(cp);
            } else {
                into[out++] = (char) cp;
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
