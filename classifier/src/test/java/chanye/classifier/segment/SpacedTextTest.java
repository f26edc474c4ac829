package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chunk is read in place, as a range of the whole text's characters: what stands before and after it must change
 * neither the verdict nor the compact text, and offsets count from the chunk's start.
 */
class SpacedTextTest {

    private static final String BEFORE = "前 文 在 此 。\n";
    private static final String AFTER = "\n后 文 在 此";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新 疆 棉 花 丰 收                   | true  | 新疆棉花丰收",
        "增产。 记者获悉。 分析师称。 为破解     | true  | 增产。记者获悉。分析师称。为破解",
        "Cotton harvest 新 疆 棉 花          | true  | Cotton harvest 新疆棉花",
        "新 疆  棉   花 a 股                 | true  | 新疆棉花 a 股",
        "哈密 光伏 项目                      | false | 哈密 光伏 项目",
        "新 疆                              | false | 新 疆",
        "光伏发电                            | false | 光伏发电",
    })
    void readsTheChunkInPlace(String chunk, boolean spaced, String compact) {
        char[] text = (BEFORE + chunk + AFTER).toCharArray();
        int start = BEFORE.length();
        int end = start + chunk.length();
        assertEquals(spaced, SpacedText.isSpaced(text, start, end));
        int[] offsets = spaced ? SpacedText.offsets(text, start, end) : null;
        String read = offsets == null ? chunk : new String(SpacedText.compact(text, start, offsets));
        assertEquals(compact, read);
        for (int i = 0; offsets != null && i < offsets.length; i++) {
            assertEquals(chunk.charAt(offsets[i]), read.charAt(i), "offset " + i);
        }
    }
}
