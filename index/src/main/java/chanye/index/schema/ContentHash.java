package chanye.index.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an article's content: SHA-256 of its title and body after NFKC normalisation, lower-casing
 * and the removal of all whitespace, so that the same story re-published with other line breaks or full-width
 * letters counts as the same content.
 */
public final class ContentHash {

    /** One digest per thread: getting one from the security providers costs more than hashing an article. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ContentHash::sha256);

    private ContentHash() {
    }

    /** The hash of the title and body, as 64 hex digits. */
    public static String of(String title, String body) {
        StringBuilder normalised = new StringBuilder(title.length() + body.length() + 1);
        NfkcFolding.append(normalised, title);
        normalised.append('\n');
        NfkcFolding.append(normalised, body);
        return HexFormat.of().formatHex(SHA_256.get().digest(normalised.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
