package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.Token;
import chanye.index.analysis.TestSegmenters;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static final Segmenter SEGMENTER = TestSegmenters.segmenter();

    private static long[] runs(String text) {
        return Shingles.of(SEGMENTER.words(text));
    }

    @Test
    void punctuationAndWidthDoNotChangeTheRuns() {
        assertArrayEquals(runs("哈密风电基地今年新增装机容量,光伏组件产能持续扩大。"),
                runs("哈密风电基地今年新增装机容量，光伏组件产能持续扩大！"));
    }

    @Test
    void aRepeatedRunCountsOnce() {
        String sentence = "哈密风电基地今年新增装机容量。";
        assertEquals(runs(sentence).length + Shingles.WORDS - 1, runs(sentence + sentence).length,
                "only the runs across the seam are new");
        assertEquals(runs(sentence + sentence).length, runs(sentence + sentence + sentence).length);
    }

    @Test
    void aTextShorterThanARunIsOneRunAndAnEmptyOneNone() {
        assertEquals(1, runs("风电").length);
        assertEquals(0, runs("，。！").length);
    }

    @ParameterizedTest
    @CsvSource({
        "产量3300万吨, '产量3,300万吨'",
        "增长12.5%, 增长12.5个百分点",
        "２０２４年, 2024年",
    })
    void numbersAreComparedAsWrittenInDigits(String one, String other) {
        assertArrayEquals(Shingles.numbers(SEGMENTER.words(one)), Shingles.numbers(SEGMENTER.words(other)));
        assertEquals(1, Shingles.numbers(SEGMENTER.words(one)).length);
    }

    /** Words as a segmenter might give them: separators and trailing points dropped, the number ends at a letter. */
    @ParameterizedTest
    @CsvSource({
        "'3,300.5.', 3300.5, true",
        "12.5%, 12.5, true",
        "7x9, 7, true",
        "2024..., 2024, true",
        "1..5, 1.5, false",
        "1.5, 15, false",
    })
    void aNumberWordIsTheNumberItWritesInDigits(String word, String number, boolean same) {
        int[] one = Shingles.numbers(List.of(new Token(word, 0, word.length(), "m")));
        int[] other = Shingles.numbers(List.of(new Token(number, 0, number.length(), "m")));
        assertEquals(1, one.length);
        if (same) {
            assertArrayEquals(other, one);
        } else {
            assertNotEquals(other[0], one[0]);
        }
    }

    @Test
    void wordsWithoutDigitsAreNoNumbers() {
        assertEquals(0, Shingles.numbers(SEGMENTER.words("产量三千三百万吨，同比增长一成")).length);
    }
}
