package chanye.bench.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.bench.text.BenchText;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.site.GeneratedArticle;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryPoolTest {

    private static Segmenter segmenter;
    private static List<GeneratedArticle> articles;

    @BeforeAll
    static void load() {
        segmenter = ArticleClassifier.create(Taxonomy.loadDefault()).segmenter();
        articles = BenchText.articles(3).limit(50).toList();
    }

    @Test
    void everyQueryIsTwoDifferentWordsOfOneArticle() {
        for (String query : QueryPool.draw(articles, segmenter, 40, 11)) {
            String[] words = query.split(" ");
            assertEquals(2, words.length, query);
            assertNotEquals(words[0], words[1], query);
            assertTrue(articles.stream().anyMatch(a -> contains(a, words[0]) && contains(a, words[1])), query);
        }
    }

    @Test
    void theSameSeedDrawsTheSameQueries() {
        assertEquals(QueryPool.draw(articles, segmenter, 20, 5), QueryPool.draw(articles, segmenter, 20, 5));
    }

    @Test
    void articlesWithoutNounsAreReportedRatherThanLoopedOver() {
        GeneratedArticle empty = new GeneratedArticle("。", "，", articles.get(0).publishTime(), "源", "者", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryPool.draw(List.of(empty), segmenter, 3, 1));
        assertTrue(e.getMessage().contains("too few nouns"), e.getMessage());
    }

    private static boolean contains(GeneratedArticle article, String word) {
        return article.title().contains(word) || article.body().contains(word);
    }
}
