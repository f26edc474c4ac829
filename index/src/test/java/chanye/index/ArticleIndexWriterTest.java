package chanye.index;

import static chanye.index.BackendContract.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import chanye.index.analysis.TestSegmenters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local writer beyond the {@link BackendContract}: concurrency, reopening, locking and bad directories. */
class ArticleIndexWriterTest {

    @TempDir
    Path dir;

    private ArticleIndexWriter open() throws Exception {
        return ArticleIndexWriter.open(dir, TestSegmenters.segmenter());
    }

    private long documents() throws Exception {
        try (ArticleSearcher searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter())) {
            return searcher.stats().documents();
        }
    }

    @Test
    void contentFreedByAChangedArticleMayBeIndexedUnderAnotherUrl() throws Exception {
        IndexedArticle article = FixtureArticles.named("coal-02");
        IndexedArticle mirror = withText(article, "https://mirror.example/coal-02.html", article.title(),
                article.body());
        try (ArticleIndexWriter writer = open()) {
            writer.upsert(article);
            assertEquals(UpsertResult.DUPLICATE, writer.upsert(mirror));
            writer.upsert(withText(article, article.url(), "更正：" + article.title(), article.body()));
            assertEquals(UpsertResult.INDEXED, writer.upsert(mirror));
        }
        assertEquals(2, documents());
    }

    private static IndexedArticle onSite(IndexedArticle article, String site, String body) {
        return new IndexedArticle("https://" + site + "/copy.html", site, article.title(), body, article.source(),
                article.author(), article.publishTime(), article.crawlTime(), article.clusters(), article.keywords(),
                article.regions());
    }

    private void assertOneStory(String... urls) throws Exception {
        List<String> stories = new ArrayList<>();
        try (ArticleSearcher searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter())) {
            for (String url : urls) {
                SearchRequest everyCopy = new SearchRequest(searcher.get(url).orElseThrow().title(), List.of(),
                        List.of(), null, null, null, 100, 0, List.of(), null, true);
                stories.add(searcher.search(everyCopy).hits().stream().filter(hit -> hit.url().equals(url))
                        .findFirst().orElseThrow().story());
            }
        }
        assertEquals(1, stories.stream().distinct().count(), stories.toString());
    }

    @Test
    void theSameContentOnAnotherSiteIsIndexedAsACopyInItsStory() throws Exception {
        IndexedArticle article = FixtureArticles.named("coal-03");
        IndexedArticle elsewhere = onSite(article, "portal.example", article.body());
        try (ArticleIndexWriter writer = open()) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(article));
            assertEquals(UpsertResult.INDEXED, writer.upsert(elsewhere));
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(elsewhere));
        }
        assertEquals(2, documents());
        assertOneStory(article.url(), elsewhere.url());
    }

    @Test
    void aCopyFindsItsStoryInWhatAnEarlierWriterCommitted() throws Exception {
        IndexedArticle article = FixtureArticles.named("energy-02");
        try (ArticleIndexWriter writer = open()) {
            writer.upsert(article);
        }
        IndexedArticle copy = onSite(article, "portal.example", "原标题：" + article.title() + "\n" + article.body());
        try (ArticleIndexWriter writer = open()) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(copy));
        }
        assertOneStory(article.url(), copy.url());
    }

    @Test
    void remembersWhatItHoldsAcrossReopening() throws Exception {
        IndexedArticle article = FixtureArticles.named("grain-01");
        try (ArticleIndexWriter writer = open()) {
            writer.upsert(article);
        }
        try (ArticleIndexWriter writer = open()) {
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(article));
            assertEquals(UpsertResult.DUPLICATE, writer.upsert(withText(article, article.url() + "#top",
                    article.title(), article.body())));
        }
    }

    @Test
    void upsertsFromManyThreadsKeepOneDocumentPerContent() throws Exception {
        List<IndexedArticle> articles = FixtureArticles.all();
        List<IndexedArticle> work = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (IndexedArticle article : articles) {
                work.add(copy == 2 ? withText(article, article.url() + "?copy", article.title(), article.body())
                        : article);
            }
        }
        Map<UpsertResult, Integer> outcomes = new EnumMap<>(UpsertResult.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ArticleIndexWriter writer = open()) {
            List<Future<UpsertResult>> results = new ArrayList<>();
            for (IndexedArticle article : work) {
                results.add(pool.submit(() -> writer.upsert(article)));
            }
            for (Future<UpsertResult> result : results) {
                outcomes.merge(result.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdown();
        }
        int n = articles.size();
        assertEquals(n, outcomes.get(UpsertResult.INDEXED), outcomes::toString);
        assertEquals(2 * n, outcomes.getOrDefault(UpsertResult.UNCHANGED, 0)
                + outcomes.getOrDefault(UpsertResult.DUPLICATE, 0), outcomes::toString);
        assertEquals(n, documents());
    }

    @Test
    void writesAreInvisibleToSearchersUntilCommitted() throws Exception {
        try (ArticleIndexWriter writer = open();
             ArticleSearcher searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter())) {
            writer.upsert(FixtureArticles.named("fruit-01"));
            searcher.refresh();
            assertEquals(0, searcher.stats().documents());
            writer.commit();
            assertTrue(searcher.refresh());
            assertEquals(1, searcher.stats().documents());
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() throws Exception {
        try (ArticleIndexWriter first = open()) {
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, this::open);
            assertTrue(e.getMessage().contains("in use by another crawl"), e.getMessage());
            assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
            first.upsert(FixtureArticles.named("fruit-02"));
        }
        try (ArticleIndexWriter again = open()) {
            assertEquals(UpsertResult.UNCHANGED, again.upsert(FixtureArticles.named("fruit-02")));
        }
    }

    @Test
    void aDirectoryWithoutWritePermissionIsRefused() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere");
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleIndexWriter.open(locked.resolve("index"), TestSegmenters.segmenter()));
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void aFileWhereTheIndexShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("index"), "not an index");
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleIndexWriter.open(file, TestSegmenters.segmenter()));
        assertTrue(e.getMessage().contains("not an index directory"), e.getMessage());
    }
}
