package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinHashTest {

    /** Band terms are in indexes already written: they must stay the URL-safe base64 of the key's eight bytes. */
    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x6368616e7965L, 0xfedcba9876543210L, 15L, 16L})
    void aBandTermIsTheBase64OfItsKey(long key) {
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(key).array());
        assertEquals(expected, MinHash.bandTerm(key));
    }
}
