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
 * {@link WordTokens} gives the very tokens of {@link HanLPAnalyzer} in index mode, as the index keeps them (term
 * bytes, increment, offsets, and where the stream ends): on the fixture articles, thousands of generated texts of
 * every script with stop words among them, and texts longer than the tokenizer's chunk; and the fixture articles
 * take the direct way.
 */
class WordTokensTest {

    private static final Analyzer ANALYZER = new HanLPAnalyzer(TestSegmenters.segmenter(), HanLPAnalyzer.Mode.INDEX);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void generatedTextsAndTheFixtureArticles(long seed) {
        for (String text : CheaperFiltersTest.texts(seed)) {
            assertSame(text);
        }
    }

    @Test
    void textsLongerThanAChunk() {
        Random random = new Random(7);
        String[] sentences = {"准东经济技术开发区新能源新材料产业园。", "的的了和", "塔里木油田产量创新高！", "，，", "\n",
            "光伏风电并且以及长绒棉", "Ａ的Ｂ", "  ", "吗"};
        for (int i = 0; i < 20; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 4096 * (1 + i % 3) + random.nextInt(300)) {
                text.append(sentences[random.nextInt(sentences.length)]);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void chineseTextIsNotAnalysedWhole() {
        for (IndexedArticle article : FixtureArticles.all()) {
            TokenStreams.Watched analyzer = new TokenStreams.Watched(ANALYZER);
            WordTokens.of(analyzer, TestSegmenters.segmenter(), "f", article.body());
            assertFalse(analyzer.analysed.contains(article.body()), article.url());
        }
    }

    private static void assertSame(String text) {
        List<String> expected = TokenStreams.tokens(ANALYZER.tokenStream("f", text), false);
        CapturedTokens captured = WordTokens.of(ANALYZER, TestSegmenters.segmenter(), "f", text);
        assertEquals(expected, TokenStreams.tokens(captured.stream(), false), text);
    }
}
