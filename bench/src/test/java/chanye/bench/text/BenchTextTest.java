package chanye.bench.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchTextTest {

    @ParameterizedTest
    @ValueSource(ints = {500, 2000, 5000})
    void everyTextHasExactlyTheLengthAskedFor(int chars) {
        List<BenchText> texts = BenchText.generate(5, chars, 7);
        assertEquals(5, texts.size());
        texts.forEach(text -> {
            assertEquals(chars, text.body().length());
            assertFalse(text.title().isBlank());
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 20240315})
    void theSameSeedGivesTheSameTexts(long seed) {
        assertEquals(BenchText.generate(3, 2000, seed), BenchText.generate(3, 2000, seed));
        assertNotEquals(BenchText.generate(3, 2000, seed), BenchText.generate(3, 2000, seed + 1));
    }
}
