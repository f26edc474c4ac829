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
        String normalised = normalise(title) + '\n' + normalise(body);
        return HexFormat.of().formatHex(sha256().digest(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
