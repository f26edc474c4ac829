package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.Token;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinHashTest {

    private static final Segmenter SEGMENTER = new Segmenter(List.of("煤制气", "准东"));

    /** Band terms are in indexes already written: they must stay the URL-safe base64 of the key's eight bytes. */
    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x6368616e7965L, 0xfedcba9876543210L, 15L, 16L})
    void aBandTermIsTheBase64OfItsKey(long key) {
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(key).array());
        assertEquals(expected, MinHash.bandTerm(key));
    }

    /**
     * Signatures and bands are in indexes already written: a text must sign as it did when they were written (the
     * SHA-256 of its signature's bytes and its band terms joined by commas, as the first version computed them), and
     * count each distinct run of words once.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "准东经济技术开发区的煤制气项目一期工程正式投产，年产天然气20亿立方米，总投资3,300万元。项目投产后，年产天然气20亿立方米。"
            + "|24|3b50357bdc448865faf7f2355bbe9d77d24abd4ffe59f432b305c3b720b1e278",
        "风电 风电 风电 风电 风电|2|edf00ea9b1916879bf94b22c3467a931d3272b52dca37c9cca87eb104aa15006"})
    void aTextSignsAsItDidWhenItsIndexWasWritten(String text, int runs, String digest)
            throws NoSuchAlgorithmException {
        List<Token> words = SEGMENTER.words(text);
        MinHash.Signed signed = MinHash.sign(words);
        assertEquals(runs, signed.signature().shingles());
        assertEquals(Shingles.of(words).length, signed.signature().shingles());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(signed.signature().toBytes());
        sha.update(String.join(",", signed.bands()).getBytes(StandardCharsets.UTF_8));
        assertEquals(digest, HexFormat.of().formatHex(sha.digest()));
        assertArrayEquals(signed.bands().stream().mapToInt(BandKeys::of).toArray(), signed.bandKeys());
    }

    /**
     * A thread signs in arrays it keeps from one body to the next: a body signs the same before and after a longer
     * one, one with many repeated runs, one too long for the kept arrays and an empty one, and on a thread of its own.
     */
    @Test
    void aTextSignsTheSameWhateverTheThreadSignedBefore() throws InterruptedException {
        String text = "准东经济技术开发区的煤制气项目一期工程正式投产，年产天然气20亿立方米，总投资3,300万元。";
        MinHash.Signed first = MinHash.sign(SEGMENTER.words(text));
        String longer = "哈密风电基地今年新增装机容量2,100万千瓦，光伏组件产能持续扩大。".repeat(40)
                + "第" + "1".repeat(60) + "期。";
        StringBuilder tooLong = new StringBuilder();
        for (int i = 0; tooLong.length() < SigningScratch.KEPT_WORDS * 8; i++) {
            tooLong.append("项目").append(i).append("号机组并网发电，煤制气产量").append(i * 7).append("万立方米。");
        }
        for (String before : List.of(longer, tooLong.toString(), "", "风电 风电 风电")) {
            MinHash.sign(SEGMENTER.words(before));
            assertEquals(first, MinHash.sign(SEGMENTER.words(text)), "after " + before.length() + " characters");
        }
        MinHash.Signed[] elsewhere = new MinHash.Signed[1];
        Thread thread = new Thread(() -> elsewhere[0] = MinHash.sign(SEGMENTER.words(text)));
        thread.start();
        thread.join();
        assertEquals(first, elsewhere[0]);
    }
}
