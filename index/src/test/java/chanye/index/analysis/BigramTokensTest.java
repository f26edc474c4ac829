package chanye.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BigramTokens} gives the very tokens of Lucene's chain (StandardTokenizer, CJKWidthFilter, LowerCaseFilter,
 * CJKBigramFilter), as the index keeps them: term, position increment, offsets, and where the stream ends. Every
 * character of the basic plane is tried alone and between neighbours of every kind, then the fixture articles and
 * thousands of generated texts of every script; and the fixture articles are shown to take the direct way.
 */
class BigramTokensTest {

    private static final Analyzer LUCENE = TokenStreams.luceneBigrams(false);

    /** Neighbours of a character: each kind of character the tokenizer and the bigram filter treat apart. */
    private static final String[] NEIGHBOURS = {"", "中", "中文", "a", "Z", "1", "ａ", "１", "_", ",", ".", "'", "，", " ",
        "。", "\u0301", "\u200D", "\u00AD", "ア", "ｱ", "か", "가", "\u1100", "é", "Ω", "\uD840\uDC00", "🙂", "#", "々", "㈱"};

    /** Pieces of generated text: Chinese, its punctuation, numbers, Latin, other scripts, marks, long runs. */
    private static final String[] PIECES = {"塔里木油田", "的", "新能源新材料", "光伏", "风电", "长绒棉丰收", "中", "ＡＩ",
        "ＡＢＣ１２３", "ｂｉｇ", "ｶﾀｶﾅ", "ｶﾞｷﾞ", "カタカナ", "ひらがな", "한국어", "AI", "iPhone", "NASA", "XYZ Zürich", "Ünïcödé",
        "İstanbul", "ΣΊΣΥΦΟΣ", "ПРИВЕТ", "ǅ", "Ⅻ", "Ⓐ", "①", "𐐀𐐁", "𠀀𠀁", "🙂", "👍🏽", "❤\uFE0F", "1\uFE0F\u20E3", "#\u20E3",
        "3300万吨", "2024年", "1.5%", "３．５％", "3,300", "1，2", "１，２", "e-mail", "a@b.cn", "http://x.cn/A?b=1", "C++",
        "don't", "it’s", "a·b", "乔治·华盛顿", "a_b", "_", "__", "＿", "，", "。", "！", "、", "：", "；", "“", "”", "《", "》",
        "【", "】", "（", "）", "—", "…", "·", " ", "\u3000", "\u00A0", "\n", "\r\n", "\t", "-", "'", ".", ",", ":", "\"",
        "\uD800", "\uDC00", "\u0301", "中\u0301", "e\u0301", "\u200D", "\u200B", "\u00AD", "\uFEFF", "\u3099", "々", "〇",
        "\u9FF0", "\u4DB6", "\uF900", "㈱", "©", "®", "™", "ª", "µ", "º", "²", "¼", "×", "÷", "\u0E01\u0E02", "אב\"ג",
        "a".repeat(300), "中a".repeat(140), "1".repeat(256), "ab" + "。".repeat(300)};

    /**
     * Each character alone, thrice, and between neighbours: every pair of neighbours for a character the direct way
     * treats on its own; a few for a Han character (one kind, which the others prove) and for a character that
     * sends the whole text to the analyzer.
     */
    @Test
    void everyCharacterAloneAndBetweenNeighbours() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String character = String.valueOf((char) c);
            byte kind = BigramCharacters.kind((char) c);
            int befores = kind == BigramCharacters.HAN || kind == BigramCharacters.PAIRED ? 3 : NEIGHBOURS.length;
            for (int i = 0; i < befores; i++) {
                String before = NEIGHBOURS[(c + i) % NEIGHBOURS.length];
                assertSame(before + character + NEIGHBOURS[(c + 7 * i) % NEIGHBOURS.length]);
            }
            assertSame(character + character + character);
        }
    }

    @Test
    void theFixtureArticles() {
        for (IndexedArticle article : FixtureArticles.all()) {
            assertSame(article.title());
            assertSame(article.body());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void generatedTexts(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(Character.MAX_VALUE + 1))
                        : PIECES[random.nextInt(PIECES.length)]);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void chineseTextIsNotAnalysedWhole() {
        for (IndexedArticle article : FixtureArticles.all()) {
            TokenStreams.Watched analyzer = new TokenStreams.Watched(new BigramAnalyzer());
            BigramTokens.of(analyzer, "f", article.body());
            assertFalse(analyzer.analysed.contains(article.body()), article.url());
        }
    }

    private static void assertSame(String text) {
        assertEquals(tokens(LUCENE, text), replayed(BigramTokens.of(new BigramAnalyzer(), "f", text)), text);
    }

    private static List<String> replayed(CapturedTokens captured) {
        return TokenStreams.tokens(captured.stream(), false);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return TokenStreams.tokens(analyzer.tokenStream("f", text), false);
    }
}
