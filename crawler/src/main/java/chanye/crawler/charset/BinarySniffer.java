package chanye.crawler.charset;

import java.util.List;

/**
 * Tells binary bodies from text before they are decoded, so that an image or archive served as text/html, or saved
 * as {@code .html}, is reported as what it is rather than indexed as garbage. A few stray NUL bytes in a real page do
 * not make it binary.
 */
public final class BinarySniffer {

    private static final int SAMPLE = 4096;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int ANY = -1;

    /** Leading bytes of common binary formats ({@code ANY} matches any byte), and what to call each. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("PNG image", 0x89, 'P', 'N', 'G'),
            new Signature("JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("GIF image", 'G', 'I', 'F', '8'),
            new Signature("WebP image", 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'E', 'B', 'P'),
            new Signature("PDF document", '%', 'P', 'D', 'F', '-'),
            new Signature("gzip-compressed data", 0x1F, 0x8B),
            new Signature("xz-compressed data", 0xFD, '7', 'z', 'X', 'Z', 0x00),
            new Signature("zstd-compressed data", 0x28, 0xB5, 0x2F, 0xFD),
            new Signature("ZIP archive (or an Office document)", 'P', 'K', 0x03, 0x04),
            new Signature("7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Signature("RAR archive", 'R', 'a', 'r', '!', 0x1A, 0x07),
            new Signature("old Office document", 0xD0, 0xCF, 0x11, 0xE0),
            new Signature("MP4 video", ANY, ANY, ANY, ANY, 'f', 't', 'y', 'p'),
            new Signature("ELF executable", 0x7F, 'E', 'L', 'F'));

    private BinarySniffer() {
    }

    /**
     * Whether more than 5% of the first 4 KB are control bytes that text never holds (other than tab, CR, LF, form
     * feed and escape). UTF-16 text, whose byte-order mark says what it is, is never binary.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        if (n == 0 || utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    /**
     * What a body that is not text is, for a message such as "not HTML (PNG image)": a known format by its leading
     * bytes, else "binary data" when it {@linkplain #looksBinary looks binary}, else {@code null} (text).
     */
    public static String describe(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (signature.matches(bytes)) {
                return signature.name();
            }
        }
        return looksBinary(bytes) ? "binary data" : null;
    }

    /** The leading bytes of a format. */
    private record Signature(String name, int... prefix) {

        boolean matches(byte[] bytes) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (prefix[i] != ANY && (bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
