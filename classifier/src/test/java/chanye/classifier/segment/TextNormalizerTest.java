package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "風電項目併網發電   | 风电项目并网发电",
        "煤製氣和長絨棉     | 煤制气和长绒棉",
        "ＡＢＣ１２３       | abc123",
        "光伏（二期）！     | 光伏(二期)!",
        "已经是简体         | 已经是简体",
    })
    void foldsTraditionalAndFullWidthCharacterForCharacter(String input, String expected) {
        String normalized = TextNormalizer.normalize(input);
        assertEquals(expected, normalized);
        assertEquals(input.length(), normalized.length());
    }
}
