package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteRulesTest {

    private static final String RULES = """
            # host          kind  selector
            chaoxi.example  body  section.body
            chaoxi.example  drop  section.body h2
            chaoxi.example  drop  .meta
            """;

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            https://chaoxi.example/finance/1.html,      chaoxi.example
            https://www.chaoxi.example/finance/1.html,  chaoxi.example
            https://m.news.chaoxi.example/a,            chaoxi.example
            https://other.example/finance/1.html,       -
            https://chaoxi.example.evil.cn/,            -
            not a url with spaces,                      -
            -,                                          -
            """)
    void appliesToTheHostAndItsSubdomains(String url, String host) throws IOException {
        SiteRules.Rule rule = SiteRules.parse(new StringReader(RULES), "rules.txt").forUrl(url);

        assertEquals(host, rule == null ? null : rule.host());
    }

    @Test
    void joinsTheDropSelectorsOfAHost() throws IOException {
        SiteRules.Rule rule = SiteRules.parse(new StringReader(RULES), "rules.txt").forUrl("https://chaoxi.example/");

        assertEquals("section.body", rule.body());
        assertEquals("section.body h2, .meta", rule.drop());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            chaoxi.example body                  | rules.txt:2: expected 'host kind selector'
            chaoxi.example keep div.article      | rules.txt:2: unknown kind 'keep'
            chaoxi.example body div[unclosed     | rules.txt:2: bad CSS selector 'div[unclosed'
            """)
    void reportsTheLineOfABadRule(String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteRules.parse(new StringReader("# rules\n" + line + "\n"), "rules.txt"));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void loadsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("site-rules.txt");
        Files.writeString(file, RULES);

        assertEquals(List.of("chaoxi.example"), SiteRules.load(file).hosts());
    }

    @Test
    void refinesTheGenericExtractionOnItsSiteOnly() throws IOException {
        String html = ContentExtractorTest.resource("jsonld-article.html");
        ContentExtractor ruled = new ContentExtractor(SiteRules.parse(new StringReader(RULES), "rules.txt"));

        Article onSite = ruled.extract(Jsoup.parse(html, "https://www.chaoxi.example/finance/2023/03/05/1.html"));
        Article elsewhere = ruled.extract(Jsoup.parse(html, "https://mirror.example/finance/1.html"));

        assertFalse(onSite.body().contains("五轴机床成为抢手货"), onSite.body());
        assertFalse(onSite.body().contains("相关新闻"), "generic noise removal still runs inside the ruled container");
        assertTrue(onSite.body().startsWith("开年以来"), onSite.body());
        assertTrue(elsewhere.body().contains("五轴机床成为抢手货"), elsewhere.body());
    }

    @Test
    void fallsBackToTheGenericMethodWhenTheRuledContainerIsMissing() throws IOException {
        String rules = "chaoxi.example body div.no-such-container\n";
        String html = ContentExtractorTest.resource("jsonld-article.html");

        Article article = new ContentExtractor(SiteRules.parse(new StringReader(rules), "rules.txt"))
                .extract(Jsoup.parse(html, "https://chaoxi.example/1.html"));

        assertEquals(ContentExtractorTest.resource("jsonld-article.body.txt").strip(), article.body());
    }

    @Test
    void noRulesMeansNoRule() {
        assertNull(SiteRules.NONE.forUrl("https://chaoxi.example/"));
    }
}
