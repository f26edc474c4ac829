package chanye.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyzers with {@link ChineseLowerCaseFilter} and {@link ShortStopFilter} give the very tokens of the chains
 * with Lucene's {@link LowerCaseFilter} and {@link StopFilter}: terms, position increments and lengths, offsets and
 * types, and where the stream ends, over the fixture articles and thousands of generated texts of every script.
 */
class CheaperFiltersTest {

    /** Pieces of text: Chinese with stop words, full-width and half-width forms, other cases, pairs, punctuation. */
    private static final String[] PIECES = {"塔里木油田", "的", "了", "并且", "以及", "和", "新能源新材料", "光伏", "风电",
        "产业", "长绒棉丰收", "ＡＩ", "ＡＢＣ１２３", "ｂｉｇ", "ｶﾀｶﾅ", "ｶﾞｷﾞ", "カタカナ", "ひらがな", "한국어", "AI", "iPhone",
        "NASA", "XYZ Zürich", "Ünïcödé", "İstanbul", "ΣΊΣΥΦΟΣ", "ПРИВЕТ", "ǅ", "Ⅻ", "Ⓐ", "𐐀𐐁", "𠀀𠀁", "🙂", "3300万吨", "2024年",
        "，", "。", "！", "、", "：", "“", "”", " ", "\u3000", "\n", "\r\n", "-", "_", "'", ".", "1.5", "e-mail",
        "a@b.cn", "http://x.cn/A", "\uD800", "\uDC00", "Ａ的Ｂ", "是", "都", "就是", "吗", "呢"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void wordsAreThoseOfLucenesFilters(long seed) {
        for (HanLPAnalyzer.Mode mode : HanLPAnalyzer.Mode.values()) {
            Analyzer lucene = TokenStreams.analyzer(tokenizer -> new StopFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)),
                    HanLPAnalyzer.STOP_WORDS), () -> new HanLPTokenizer(TestSegmenters.segmenter(), mode));
            Analyzer ours = new HanLPAnalyzer(TestSegmenters.segmenter(), mode);
            for (String text : texts(seed)) {
                assertEquals(tokens(lucene, text), tokens(ours, text), text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void bigramsAreThoseOfLucenesFilters(long seed) {
        for (boolean unigrams : new boolean[] {false, true}) {
            Analyzer lucene = TokenStreams.luceneBigrams(unigrams);
            Analyzer ours = unigrams ? BigramAnalyzer.withUnigrams() : new BigramAnalyzer();
            for (String text : texts(seed)) {
                assertEquals(tokens(lucene, text), tokens(ours, text), text);
            }
        }
    }

    /** The fixture articles' titles and bodies, and 1,500 texts of the pieces drawn with {@code seed}. */
    static List<String> texts(long seed) {
        List<String> texts = new ArrayList<>();
        for (IndexedArticle article : FixtureArticles.all()) {
            texts.add(article.title());
            texts.add(article.body());
        }
        Random random = new Random(seed);
        for (int i = 0; i < 1_500; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return TokenStreams.tokens(analyzer.tokenStream("f", text), true);
    }
}
