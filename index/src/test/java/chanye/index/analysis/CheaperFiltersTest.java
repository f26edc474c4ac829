package chanye.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyzers with {@link ChineseLowerCaseFilter} and {@link ShortStopFilter} give the very tokens of the chains
 * with Lucene's {@link LowerCaseFilter} and {@link StopFilter}: terms, position increments and lengths, offsets and
 * types, and where the stream ends, over the fixture articles and thousands of generated texts of every script.
 */
class CheaperFiltersTest {

    private static final int ALL_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

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
            Analyzer lucene = analyzer(tokenizer -> new StopFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)),
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
            Analyzer lucene = analyzer(tokenizer -> new CJKBigramFilter(new LowerCaseFilter(
                    new CJKWidthFilter(tokenizer)), ALL_SCRIPTS, unigrams), StandardTokenizer::new);
            Analyzer ours = unigrams ? BigramAnalyzer.withUnigrams() : new BigramAnalyzer();
            for (String text : texts(seed)) {
                assertEquals(tokens(lucene, text), tokens(ours, text), text);
            }
        }
    }

    private static List<String> texts(long seed) {
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

    private static Analyzer analyzer(Function<Tokenizer, TokenStream> filters,
                                     Supplier<Tokenizer> tokenizers) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = tokenizers.get();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }
        };
    }

    /** Every token as term, increment, length, offsets and type, then the stream's final offset and increment. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + increment.getPositionIncrement() + " *" + length.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
            }
            stream.end();
            tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
