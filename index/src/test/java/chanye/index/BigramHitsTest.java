package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.analysis.TestSegmenters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query word whose characters also stand, pair by pair, inside other words (新能 in 创新能力, 能源 in 能源安全):
 * such a bigram hit is neither marked nor ranked like the word itself.
 */
class BigramHitsTest {

    @TempDir
    static Path dir;

    private static ArticleSearcher searcher;

    private static IndexedArticle article(String name, String title, String body) {
        return new IndexedArticle("https://news.example.cn/" + name + ".html", "news.example.cn", title, body, null,
                null, OffsetDateTime.parse("2024-05-01T10:00:00+08:00"), Instant.parse("2024-06-01T00:00:00Z"),
                List.of(), List.of(), List.of());
    }

    @BeforeAll
    static void index() throws IOException {
        IndexFixture.build(dir, List.of(
                article("word", "哈密电网建设提速", "哈密是重要的新能源基地，风电光伏装机持续增长。"),
                article("pairs", "创新能力建设和能源安全", "企业创新能力不断提升，兼顾了能源安全和绿色转型。"
                        + "创新能力强的企业能源消耗下降。"),
                article("both", "新能源汽车下乡", "兼顾了能源安全，新能源汽车销量增长。")));
        searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResponse search(String query) throws Exception {
        return searcher.search(new SearchRequest(query, List.of(), null, null, null, null, 10, 0));
    }

    @Test
    void onlyTheWordIsMarkedNotItsCharacterPairsElsewhere() throws Exception {
        for (SearchHit hit : search("新能源").hits()) {
            String marked = hit.highlightedTitle() + hit.snippet();
            assertFalse(marked.contains("<em>能源</em>") || marked.contains("<em>新能</em>"), marked);
            if (hit.url().endsWith("/both.html")) {
                assertTrue(marked.contains("<em>新能源</em>汽车下乡"), marked);
                assertTrue(marked.contains("兼顾了能源安全"), marked);
            }
        }
    }

    @Test
    void articlesWithTheWordRankAboveThoseWithOnlyItsPairs() throws Exception {
        List<String> urls = search("新能源").hits().stream().map(SearchHit::url).toList();
        int pairs = urls.indexOf("https://news.example.cn/pairs.html");
        assertEquals(List.of("https://news.example.cn/both.html", "https://news.example.cn/word.html"),
                urls.subList(0, 2), urls.toString());
        assertTrue(pairs < 0 || pairs == 2, urls.toString());
    }
}
