package chanye.index.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint of an article's content: SHA-256 of its title and body after NFKC normalisation, lower-casing
 * and the removal of all whitespace, so that the same story re-published with other line breaks or full-width
 * letters counts as the same content.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of the title and body, as 64 hex digits. */
    public static String of(String title, String body) {
        StringBuilder normalised = new StringBuilder(title.length() + body.length() + 1);
        appendNormalised(normalised, title);
        normalised.append('\n');
        appendNormalised(normalised, body);
        return HexFormat.of().formatHex(sha256().digest(normalised.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Appends the text folded (NFKC, lower case) without its whitespace and space characters. */
    private static void appendNormalised(StringBuilder out, String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
