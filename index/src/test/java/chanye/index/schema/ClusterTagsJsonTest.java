package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.classifier.ClusterTag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ClusterTagsJson} writes the very JSON Jackson writes for the tags, and reads it back: no tags, scores of
 * every kind (whole, tiny, huge, negative zero, not finite), and strings of every character that JSON escapes and
 * of random characters of the whole basic plane, surrogates alone included.
 */
class ClusterTagsJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final double[] SCORES = {0, -0.0, 1, 0.5, 2.75, 1e-7, 1e7, 123456789.125, Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0 / 3, -42.5};

    @Test
    void writesWhatJacksonWrites() throws JsonProcessingException {
        assertSame(List.of());
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            List<ClusterTag> tags = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                List<String> evidence = new ArrayList<>();
                for (int e = random.nextInt(4); e > 0; e--) {
                    evidence.add(text(random));
                }
                double score = random.nextBoolean() ? SCORES[random.nextInt(SCORES.length)]
                        : random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
                tags.add(new ClusterTag(text(random), text(random), score, evidence));
            }
            assertSame(tags);
        }
    }

    @Test
    void everyCharacterAlone() throws JsonProcessingException {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c);
            assertSame(List.of(new ClusterTag(text, "油气" + text, 0.5, List.of(text + "a"))));
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            int kind = random.nextInt(4);
            text.append(kind == 0 ? (char) random.nextInt(0x80) : kind == 1 ? "油气生产加工\"\\/".charAt(random.nextInt(9))
                    : (char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static void assertSame(List<ClusterTag> tags) throws JsonProcessingException {
        String written = ClusterTagsJson.write(tags);
        assertEquals(JACKSON.writeValueAsString(tags), written);
        List<ClusterTag> read = ClusterTagsJson.read(written);
        assertEquals(tags.size(), read.size());
    }
}
