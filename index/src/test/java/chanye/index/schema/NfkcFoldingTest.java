package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NfkcFolding} folds every text as NFKC of the whole text, lower-cased, without whitespace: each character of
 * the basic multilingual plane alone, the fixture articles, and generated texts that mix the characters it folds by
 * its table with those it must not (combining marks after letters and kana, compatibility forms, Hangul jamo,
 * surrogates alone and in pairs, the Greek sigma whose lower case depends on its neighbours).
 */
class NfkcFoldingTest {

    private static final String[] PIECES = {"塔里木油田", "新能源", "ＡＩ", "ＡＢＣ１２３", "ｂｉｇ", "AI", "iPhone", "Wind Power", "，",
        "。", "、", "：", "；", "！", "？", "（", "）", "“", "”", "‘", "’", "—", "…", "‥", "‗", "《", "》", "【", "】", "〇", "々",
        "〜", "〹", "\u302A", "\u3000", " ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u200B", "e\u0301", "\u0301",
        "é", "Ａ\u0301", "か\u3099", "\u3099", "ｶﾞ", "ｶ", "①", "㈱", "㍿", "ﬁ", "Å", "Ω", "İ", "ΣΑΣ", "Σ", "ǅ",
        "\u1100\u1161", "\u11A8", "가", "\uD840\uDC00", "\uD840", "\uDC00", "🙂", "\uF900", "\u2F00", "2024年", "3,300",
        "1.5%", "-", "_", "/", "@", "·", "×", "÷", "\u00A0", "\u00A8", "ª", "²", "¼", "µ", "ÿ", "Ÿ"};

    @Test
    void foldsEachCharacterAsTheNormaliser() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c);
            assertEquals(reference(text), folded(text), () -> Integer.toHexString(text.charAt(0)));
        }
    }

    @Test
    void foldsTheFixtureArticlesAsTheNormaliser() {
        for (IndexedArticle article : FixtureArticles.all()) {
            assertEquals(reference(article.title()), folded(article.title()), article.url());
            assertEquals(reference(article.body()), folded(article.body()), article.url());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void foldsGeneratedTextsAsTheNormaliser(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            String generated = generated(random);
            assertEquals(reference(generated), folded(generated), generated);
        }
    }

    /** A text of up to 20 of the pieces and random characters. */
    static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(20); n > 0; n--) {
            text.append(random.nextInt(4) == 0 ? String.valueOf((char) random.nextInt(Character.MAX_VALUE + 1))
                    : PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String folded(String text) {
        StringBuilder out = new StringBuilder("前");
        NfkcFolding.append(out, text);
        return out.toString();
    }

    private static String reference(String text) {
        return "前" + normalised(text);
    }

    /** The fold as the content hash has always made it: the normaliser over the whole text. */
    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
