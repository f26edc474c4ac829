package chanye.index.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.lucene.analysis.CharacterUtils;
import org.junit.jupiter.api.Test;

class ChineseLowerCaseFilterTest {

    @Test
    void lowersEveryCodePointAsLucene() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "Ab中" + new String(Character.toChars(codePoint)) + "Z文";
            assertLowersAsLucene(text);
            assertLowersAsLucene(new String(Character.toChars(codePoint)) + "Q");
        }
    }

    @Test
    void lowersLoneSurrogatesAsLucene() {
        for (char c = Character.MIN_SURROGATE; c < Character.MAX_SURROGATE; c++) {
            assertLowersAsLucene("中" + c + "A");
            assertLowersAsLucene(c + "\uD801\uDC00");
        }
    }

    private static void assertLowersAsLucene(String text) {
        char[] expected = text.toCharArray();
        CharacterUtils.toLowerCase(expected, 0, expected.length);
        char[] actual = text.toCharArray();
        ChineseLowerCaseFilter.toLowerCase(actual, actual.length);
        assertArrayEquals(expected, actual, text);
    }
}
