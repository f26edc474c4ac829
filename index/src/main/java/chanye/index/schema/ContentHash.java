package chanye.index.schema;

import chanye.index.util.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
        return HexFormat.of().formatHex(SHA_256.get().digest(normalisedUtf8(title, body)));
    }

    /**
     * The title and body folded, a line apart, in UTF-8: folded by the table into one array and written as UTF-8
     * from it where both take the table (as news in Chinese does), else through the normaliser and a string.
     */
    private static byte[] normalisedUtf8(String title, String body) {
        char[] folded = new char[title.length() + 1 + body.length()];
        int end = NfkcFolding.foldByTable(title, folded, 0);
        if (end >= 0) {
            folded[end] = '\n';
            end = NfkcFolding.foldByTable(body, folded, end + 1);
        }
        if (end >= 0) {
            byte[] utf8 = new byte[end * Utf8.MAX_BYTES_PER_CHAR];
            int length = Utf8.encode(folded, 0, end, utf8, 0);
            if (length >= 0) {
                return Arrays.copyOf(utf8, length);
            }
        }
        StringBuilder normalised = new StringBuilder(folded.length);
        NfkcFolding.append(normalised, title);
        normalised.append('\n');
        NfkcFolding.append(normalised, body);
        return normalised.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
