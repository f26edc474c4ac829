package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lattice must give exactly HanLP's tokens: word, offsets and part of speech, in order. Each text goes through a
 * {@link Segmenter} on the {@link ArrayViterbiSegment} and through one on HanLP's own {@link ViterbiSegment}, both with
 * the default taxonomy's domain dictionary: the labelled articles, and generated text that mixes their words with
 * numbers, dates, percentages, Latin and full-width letters, punctuation of both widths, traditional characters,
 * names, symbols and very long paragraphs.
 */
class ArrayViterbiSegmentTest {

    private static final Set<String> DOMAIN = domain();
    private static final Segmenter LATTICE = new Segmenter(DOMAIN);
    private static final Segmenter HANLP = new Segmenter(DOMAIN, ViterbiSegment::new);
    private static final List<String> ARTICLES = articles();

    private static Set<String> domain() {
        Set<String> domain = new LinkedHashSet<>(ArticleClassifier.vocabularyFor(Taxonomy.loadDefault()));
        domain.addAll(List.of("风电", "煤制气", "长绒棉", "葡萄", "棉花糖", "第八师", "Ａ股光伏", "新能源新材料", "采棉机"));
        return domain;
    }

    private static List<String> articles() {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String set : List.of("/chanye/classifier/eval/labelled.jsonl", "/chanye/classifier/eval/frozen/test.jsonl")) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    ArrayViterbiSegmentTest.class.getResourceAsStream(set), set), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode article = json.readTree(line);
                        texts.add(article.get("title").asText());
                        texts.add(article.get("text").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(set, e);
            }
        }
        return texts;
    }

    /** Fails with the first token that differs, and the text. */
    private static void assertSameTokens(String text) {
        assertSameTokens(HANLP, LATTICE, text);
    }

    private static void assertSameTokens(Segmenter hanlp, Segmenter lattice, String text) {
        List<Token> expected = hanlp.indexWords(text);
        List<Token> actual = lattice.indexWords(text);
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        int at = i;
        assertEquals(expected.size(), at, () -> "token " + at + ": expected "
                + expected.subList(at, Math.min(expected.size(), at + 3)) + " but was "
                + actual.subList(at, Math.min(actual.size(), at + 3)) + " in text: " + text);
        assertEquals(expected.size(), actual.size(), () -> "extra tokens " + actual.subList(at, actual.size())
                + " in text: " + text);
    }

    @Test
    void labelledArticlesGiveHanLpsTokens() {
        assertTrue(ARTICLES.size() > 1_000, "articles: " + ARTICLES.size());
        ARTICLES.forEach(ArrayViterbiSegmentTest::assertSameTokens);
    }

    @Test
    void withoutDomainWordsTheArticlesGiveHanLpsTokens() {
        Segmenter hanlp = new Segmenter(List.of(), ViterbiSegment::new);
        Segmenter lattice = new Segmenter(List.of());
        ARTICLES.forEach(text -> assertSameTokens(hanlp, lattice, text));
    }

    static Stream<Long> seeds() {
        return Stream.iterate(20_240_315L, seed -> seed + 1).limit(8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedTextAndCharacterSoupGiveHanLpsTokens(long seed) {
        GeneratedText generated = new GeneratedText(seed, ARTICLES, List.copyOf(DOMAIN));
        for (int i = 0; i < 400; i++) {
            assertSameTokens(generated.paragraphs());
            assertSameTokens(generated.soup());
        }
    }

    @Test
    void veryLongParagraphsGiveHanLpsTokens() {
        GeneratedText generated = new GeneratedText(7, ARTICLES, List.copyOf(DOMAIN));
        for (int i = 0; i < 6; i++) {
            assertSameTokens(generated.longParagraph(Segmenter.HARD_CHUNK * (i + 1) / 2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "约翰·史密斯与玛丽亚在乌鲁木齐签约，特朗普、普京、奥巴马、默克尔和马克思的名字都出现了。",
        "布什访问克拉玛依油田，亚历山大和安德烈参观了风电场。",
        "2024年3月15日至2025-03-15，产量同比增长12.5%，达到1,234.56万吨，三千五百万元。",
        "ＡＢＣ公司的Ａ股光伏板块上涨３．５％，iPhone15和5G基站、COVID-19、GDP、CPI。",
        "新疆维吾尔自治区第八师石河子市的新能源新材料产业园，棉花糖和葡萄牙。",
        "一二三四五六七八九十百千万亿，第一、第二，十九元，二十一个，3-4月，1.5.6，.5，5.，",
        "https://www.example.com/news/2024/03/15/index.html?id=3&page=2 #tag @user email@example.com",
        "「引號」『書名』《人民日报》【标题】（括号）——破折号……省略号～波浪线·间隔号",
        "",
    })
    void hardCasesGiveHanLpsTokens(String text) {
        assertSameTokens(text);
    }
}
