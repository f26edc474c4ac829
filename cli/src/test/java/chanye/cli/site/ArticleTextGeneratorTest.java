package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextGeneratorTest {

    private static final int SAMPLE = 600;

    @ParameterizedTest
    @ValueSource(longs = {0L, 42L, -7L, Long.MAX_VALUE})
    void theSameSeedWritesTheSameArticles(long seed) {
        assertEquals(write(seed, 50), write(seed, 50));
    }

    @Test
    void differentSeedsWriteDifferentArticles() {
        assertNotEquals(write(1L, 20), write(2L, 20));
    }

    @Test
    void bodiesRunEightHundredToTwoThousandCharactersInParagraphs() {
        for (GeneratedArticle article : write(11L, SAMPLE)) {
            int length = article.body().length();
            assertTrue(length >= ArticleTextGenerator.MIN_BODY_CHARS && length <= ArticleTextGenerator.MAX_BODY_CHARS,
                    "body of " + length + " characters");
            assertTrue(article.body().split("\n").length >= 2, "one paragraph only");
            assertFalse(article.body().contains("{{") || article.title().contains("{{"), "unfilled placeholder");
            assertFalse(article.body().contains("\n\n") || article.body().endsWith("\n"), "empty paragraph");
            assertFalse(article.title().isBlank());
            assertEquals(ZoneOffset.ofHours(8), article.publishTime().getOffset());
        }
    }

    @Test
    void writesAboutEveryClusterAndUnrelatedTopics() {
        Set<String> clusters = write(5L, SAMPLE).stream().map(GeneratedArticle::cluster).collect(Collectors.toSet());
        assertEquals(Set.of("oil-gas", "coal", "mining", "grain-oil", "cotton-textile", "fruit-veg", "livestock",
                "new-energy", ""), clusters);
    }

    @Test
    void variesTitlesSourcesAndTimes() {
        List<GeneratedArticle> articles = write(9L, SAMPLE);
        assertTrue(articles.stream().map(GeneratedArticle::title).distinct().count() > SAMPLE / 2);
        assertTrue(articles.stream().map(GeneratedArticle::source).distinct().count() > 3);
        assertTrue(articles.stream().map(GeneratedArticle::publishTime).distinct().count() > SAMPLE * 9 / 10);
    }

    private static List<GeneratedArticle> write(long seed, int count) {
        ArticleTextGenerator generator = new ArticleTextGenerator(seed);
        return Stream.generate(generator::next).limit(count).toList();
    }
}
