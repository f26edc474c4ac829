package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    private static final Segmenter SEGMENTER = new Segmenter(List.of("风电", "煤制气", "长绒棉", "多晶硅", "葡萄", "棉花"));

    private static List<String> words(String text) {
        return SEGMENTER.words(text).stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "光伏和风电项目并网发电, 风电",
        "准东的煤制气工程投产, 煤制气",
        "阿克苏长绒棉喜获丰收, 长绒棉",
        "多晶硅产量创新高, 多晶硅",
    })
    void keepsDomainTermsWhole(String text, String term) {
        assertTrue(words(text).contains(term), () -> words(text).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "葡萄牙队赢得比赛, 葡萄",
        "孩子们吃棉花糖, 棉花",
    })
    void leavesLongerWordsThatContainATerm(String text, String term) {
        assertFalse(words(text).contains(term), () -> words(text).toString());
    }

    @Test
    void offsetsPointIntoTheOriginalTextAcrossParagraphs() {
        String text = "光伏发电\r\n风电项目\n\n煤制气";
        for (Token token : SEGMENTER.words(text)) {
            assertEquals(token.text(), TextNormalizer.normalize(text.substring(token.start(), token.end())));
        }
    }
}
