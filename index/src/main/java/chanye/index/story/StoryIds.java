package chanye.index.story;

import chanye.index.util.Mix;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * Story ids: a positive 64-bit number taken from the URL of the story's first indexed copy, written as 16 hex
 * digits. The id of a story never changes once given, whichever copy turns out to be the earliest published.
 */
public final class StoryIds {

    private static final HexFormat HEX = HexFormat.of();

    private StoryIds() {
    }

    /** The id of a story founded by the article at {@code url}. */
    public static long of(String url) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < url.length(); i++) {
            hash = (hash ^ url.charAt(i)) * 0x100000001b3L;
        }
        return Mix.mix(hash) & Long.MAX_VALUE;
    }

    /** The id as 16 lower-case hex digits. */
    public static String format(long story) {
        return HEX.toHexDigits(story);
    }

    /**
     * The id a story term or doc value holds: 16 lower-case hex digits as {@link #format} writes them, read without
     * making a string (grouping reads one per matching document).
     *
     * @throws IllegalArgumentException when the bytes are not such an id
     */
    public static long read(BytesRef hex) {
        if (hex.length != 16) {
            throw new IllegalArgumentException("not a story id: " + hex.utf8ToString());
        }
        long id = 0;
        for (int i = hex.offset; i < hex.offset + hex.length; i++) {
            int digit = Character.digit(hex.bytes[i], 16);
            if (digit < 0) {
                throw new IllegalArgumentException("not a story id: " + hex.utf8ToString());
            }
            id = (id << 4) | digit;
        }
        return id;
    }

    /** The id written as {@link #format} writes it (any case), or empty when {@code text} is not one. */
    public static Optional<Long> parse(String text) {
        String hex = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (hex.length() != 16 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
                || hex.charAt(0) > '7') {
            return Optional.empty();
        }
        return Optional.of(HEX.fromHexDigitsToLong(hex));
    }
}
