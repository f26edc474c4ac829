package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentHashTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "光伏电站并网|项目投产。 设备运行。|光伏电站并网 |项目投产。设备运行。",
        "ＡＩ助力风电|正文|AI助力风电|正文",
        "Wind Power|Text|wind power|TEXT",
    })
    void ignoresWhitespaceWidthAndCase(String title, String body, String otherTitle, String otherBody) {
        assertEquals(ContentHash.of(title, body), ContentHash.of(otherTitle, otherBody));
    }

    /** Indexes written before keep their hashes: texts with every kind of character folded or dropped. */
    @Test
    void staysTheSame() {
        assertEquals("8c6444a9a3f16b3827324e37448acfec8a6aa0c71a112eb60cf0343d1390b2cc",
                ContentHash.of("光伏电站并网 Wind", "项目投产。 设备运行。\nＡＩ\u3000助力\t风电\uD840\uDC00Ω\u2028末"));
        assertEquals("01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b", ContentHash.of("", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "光伏电站并网|项目投产。|光伏电站并网|项目投产！",
        "标题|正文|标题正|文",
    })
    void tellsDifferentContentApart(String title, String body, String otherTitle, String otherBody) {
        assertNotEquals(ContentHash.of(title, body), ContentHash.of(otherTitle, otherBody));
    }

    /** The hash of every text is SHA-256 of the normaliser's fold of its title and body, a line apart, in UTF-8. */
    @Test
    void hashesTheNormalisersFold() throws NoSuchAlgorithmException {
        for (IndexedArticle article : FixtureArticles.all()) {
            assertEquals(reference(article.title(), article.body()), ContentHash.of(article.title(), article.body()));
        }
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String title = NfkcFoldingTest.generated(random);
            String body = NfkcFoldingTest.generated(random);
            assertEquals(reference(title, body), ContentHash.of(title, body), title + "\n" + body);
        }
    }

    private static String reference(String title, String body) throws NoSuchAlgorithmException {
        String folded = NfkcFoldingTest.normalised(title) + "\n" + NfkcFoldingTest.normalised(body);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(folded.getBytes(StandardCharsets.UTF_8)));
    }
}
