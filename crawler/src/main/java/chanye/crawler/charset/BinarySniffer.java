package chanye.crawler.charset;

/**
 * Tells binary bodies from text before they are decoded, so that an image or archive served as text/html is
 * counted as an error rather than indexed as garbage. A few stray NUL bytes in a real page do not make it binary.
 */
public final class BinarySniffer {

    private static final int SAMPLE = 4096;
    private static final double MAX_CONTROL_SHARE = 0.05;

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
}
