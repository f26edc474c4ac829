package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    /** Domain terms as a taxonomy gives them: cluster terms, and trap words such as 棉花糖 that must stay whole. */
    private static final Segmenter SEGMENTER = new Segmenter(List.of("风电", "煤制气", "长绒棉", "多晶硅", "葡萄",
            "棉花", "棉花糖", "第八师", "Ａ股光伏", "新能源", "新材料", "新能源新材料"));

    private static List<String> words(String text) {
        return SEGMENTER.words(text).stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "光伏和风电项目并网发电, 风电",
        "准东的煤制气工程投产, 煤制气",
        "阿克苏长绒棉喜获丰收, 长绒棉",
        "多晶硅产量创新高, 多晶硅",
        "兵团第八师石河子市, 第八师",
        "風電項目併網, 风电",
        "準東煤製氣工程, 煤制气",
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
    void domainTermsAreNormalisedLikeTheText() {
        assertTrue(words("今天a股光伏走强").contains("a股光伏"), () -> words("今天a股光伏走强").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "光伏发电\r\n风电项目\n\n煤制气",
        "風電項目，ＡＢＣ公司的長絨棉。",
        "emoji 😀 光伏😀风电 mixed Русский 日本語",
    })
    void offsetsPointIntoTheOriginalText(String text) {
        for (Token token : SEGMENTER.words(text)) {
            assertEquals(token.text(), TextNormalizer.normalize(text.substring(token.start(), token.end())));
        }
    }

    @Test
    void longParagraphIsCutAtSentenceEndsWithoutLosingText() {
        String sentence = "准东的煤制气工程投产，风电项目并网发电。";
        String text = sentence.repeat(Segmenter.HARD_CHUNK / sentence.length() * 3);
        List<Token> tokens = SEGMENTER.words(text);
        assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
        for (int i = 1; i < tokens.size(); i++) {
            assertEquals(tokens.get(i - 1).end(), tokens.get(i).start(), "gap or overlap at token " + i);
        }
        assertEquals(text.length() / sentence.length(), tokens.stream().filter(t -> t.text().equals("煤制气")).count());
    }

    @Test
    void paragraphWithoutSentenceEndIsCutAtTheHardLimit() {
        String text = "风电".repeat(Segmenter.HARD_CHUNK * 2);
        List<Token> tokens = SEGMENTER.words(text);
        assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
        assertTrue(tokens.stream().allMatch(t -> t.text().equals("风电")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\n\n\r\n", "   ", "\u0000\u0001\u0002"})
    void emptyOrBlankTextGivesNoWords(String text) {
        assertTrue(SEGMENTER.words(text).stream().allMatch(Token::isPunctuation));
    }

    @Test
    void indexWordsAddTheShorterWordsInsideLongOnes() {
        List<String> words = SEGMENTER.indexWords("新能源新材料产业").stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("新能源新材料", "新能源", "新材料")), words::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "光伏发电项目。\n", "前言\n\n", "哈密 光伏 项目\n"})
    void textWithSpacesBetweenItsCharactersIsSegmentedWithoutThemAndOffsetsPointIntoIt(String before) {
        Segmenter segmenter = new Segmenter(List.of("棉花", "采棉机"));
        String text = before + "新 疆 棉 花 丰 收 ， 采 棉 机 进 入 棉 田 。 Cotton harvest";
        List<Token> words = segmenter.words(text);
        Token cotton = words.stream().filter(w -> w.text().equals("棉花")).findFirst().orElseThrow();
        assertEquals("棉 花", text.substring(cotton.start(), cotton.end()));
        Token picker = words.stream().filter(w -> w.text().equals("采棉机")).findFirst().orElseThrow();
        assertEquals("采 棉 机", text.substring(picker.start(), picker.end()));
        assertEquals(List.of("cotton", "harvest"), words.stream().map(Token::text)
                .filter(w -> w.matches("[a-z]+")).toList());
    }

    @Test
    void aStraySpaceBetweenChineseWordsIsLeftAlone() {
        Segmenter segmenter = new Segmenter(List.of("光伏"));
        List<Token> words = segmenter.words("哈密 光伏 项目");
        assertEquals(List.of("哈密", "光伏", "项目"), words.stream().map(Token::text).filter(w -> !w.isBlank()).toList());
    }
}
