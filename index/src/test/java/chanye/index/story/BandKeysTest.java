package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandKeysTest {

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, 0x0123456789abcdefL, Long.MIN_VALUE, Long.MAX_VALUE, 0xfedcba9876543210L})
    void aTermGivesBackItsKeyFolded(long key) {
        assertEquals((int) (key ^ (key >>> 32)), BandKeys.of(MinHash.bandTerm(key)));
    }

    @Test
    void packedKeysUnpackInOrder() {
        int[] keys = {7, -3, Integer.MIN_VALUE, BandKeys.of(MinHash.bandTerm(1L << 40))};
        byte[] packed = BandKeys.pack(keys);
        assertEquals(keys.length * BandKeys.BYTES, packed.length);
        assertArrayEquals(keys, BandKeys.unpack(new BytesRef(packed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AAAAAAAAAA", "AAAAAAAAAAAA", "AAAAAAAAAA=", "AAAAAAAAAA+"})
    void whatIsNoBandTermIsRefused(String term) {
        assertThrows(IllegalArgumentException.class, () -> BandKeys.of(term));
    }

    @Test
    void bytesThatAreNoWholeKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BandKeys.unpack(new BytesRef(new byte[5])));
    }
}
