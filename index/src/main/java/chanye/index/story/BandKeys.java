package chanye.index.story;

import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;

/**
 * The bands of a signature as the local index keeps them: each band term's 64-bit key folded to 32 bits, and an
 * article's keys packed into one binary doc value of {@value #BYTES} bytes a band, which the writer loads into its
 * {@link BandTable} on open. Two bands that fold to one key only add a candidate, which {@link StoryMatch} then
 * compares like any other.
 */
public final class BandKeys {

    /** Bytes per packed key. */
    public static final int BYTES = Integer.BYTES;

    private static final int TERM_CHARS = 11;

    private BandKeys() {
    }

    /**
     * The key of a band term as {@link MinHash} writes it (11 characters of URL-safe base64 of its 64-bit key).
     *
     * @throws IllegalArgumentException when {@code term} is not a band term
     */
    public static int of(String term) {
        if (term.length() != TERM_CHARS) {
            throw new IllegalArgumentException("not a story band: " + term);
        }
        long key = 0;
        for (int i = 0; i < TERM_CHARS - 1; i++) {
            key |= (long) digit(term, i) << (Long.SIZE - 6 * (i + 1));
        }
        key |= digit(term, TERM_CHARS - 1) >>> 2;
        return fold(key);
    }

    /** A band's 64-bit key folded to the 32 bits the index keeps. */
    static int fold(long key) {
        return (int) (key ^ (key >>> 32));
    }

    private static int digit(String term, int at) {
        char c = term.charAt(at);
        int digit = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
                : c >= '0' && c <= '9' ? c - '0' + 52 : c == '-' ? 62 : c == '_' ? 63 : -1;
        if (digit < 0) {
            throw new IllegalArgumentException("not a story band: " + term);
        }
        return digit;
    }

    /** The keys packed, {@value #BYTES} bytes each, big-endian. */
    public static byte[] pack(int[] keys) {
        ByteBuffer packed = ByteBuffer.allocate(keys.length * BYTES);
        for (int key : keys) {
            packed.putInt(key);
        }
        return packed.array();
    }

    /**
     * The keys {@link #pack} packed.
     *
     * @throws IllegalArgumentException when the length is not a whole number of keys
     */
    public static int[] unpack(BytesRef packed) {
        if (packed.length % BYTES != 0) {
            throw new IllegalArgumentException("not packed story bands: " + packed.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
        int[] keys = new int[packed.length / BYTES];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = buffer.getInt();
        }
        return keys;
    }
}
