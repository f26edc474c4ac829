package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.analysis.TestSegmenters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories over a real index: the fixture articles plus copies republished on other sites, one of them published
 * before the article it copies though indexed after it.
 */
class StorySearchTest {

    @TempDir
    static Path dir;

    private static ArticleSearcher searcher;
    private static final IndexedArticle COAL = FixtureArticles.named("coal-01");
    private static final IndexedArticle EARLIER_COPY = copy(COAL, "www.yaxin.example", -2,
            "准东煤制气一期投产", "原标题：准东煤制气项目一期工程投产\n" + COAL.body() + "\n来源：昆仑晨报");
    private static final IndexedArticle LATER_COPY = copy(COAL, "portal.silk.example", 5, COAL.title(),
            "编者按：准东的煤化工项目值得关注。\n" + COAL.body());
    private static final IndexedArticle SAME_TEXT_ELSEWHERE = copy(FixtureArticles.named("coal-02"),
            "portal.silk.example", 1, FixtureArticles.named("coal-02").title(),
            FixtureArticles.named("coal-02").body());

    private static final IndexedArticle AUTHORED = new IndexedArticle("https://news.tianshan.example/a/1.html",
            "news.tianshan.example", "库车绿氢项目满负荷运行", "库车绿氢示范项目实现满负荷运行，年产绿氢两万吨。",
            "天山网", "李文博", COAL.publishTime(), COAL.crawlTime(), List.of(), List.of("绿氢", "库车"),
            List.of("阿克苏地区"));

    @BeforeAll
    static void index() throws IOException {
        List<IndexedArticle> articles = new ArrayList<>(FixtureArticles.all());
        articles.addAll(List.of(LATER_COPY, EARLIER_COPY, SAME_TEXT_ELSEWHERE, AUTHORED));
        IndexFixture.build(dir.resolve("stories"), articles);
        searcher = ArticleSearcher.open(dir.resolve("stories"), TestSegmenters.segmenter());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    /** {@code article} republished on {@code site}, {@code hours} after it (before it when negative). */
    private static IndexedArticle copy(IndexedArticle article, String site, int hours, String title, String body) {
        return new IndexedArticle("https://" + site + article.url().substring(article.url().indexOf('/', 8)), site,
                title, body, "天山网", null, article.publishTime().plusHours(hours), article.crawlTime(),
                article.clusters(), article.keywords(), article.regions());
    }

    private static SearchRequest request(String query, boolean allCopies) {
        return new SearchRequest(query, List.of(), List.of(), null, null, null, 100, 0, List.of(), null, allCopies);
    }

    private static Set<String> urls(SearchResponse response) {
        return response.hits().stream().map(SearchHit::url).collect(Collectors.toSet());
    }

    @Test
    void aStoryIsOneHitShownByItsEarliestCopyWithTheOthersListed() throws Exception {
        SearchResponse response = searcher.search(request("煤制气 一期", false));
        assertEquals(1, response.total(), response.toString());
        assertEquals(1, response.stories());
        assertEquals(3, response.documents());
        SearchHit hit = response.hits().get(0);
        assertEquals(EARLIER_COPY.url(), hit.url(), "the copy published first shows the story");
        assertTrue(hit.original());
        assertEquals(List.of(COAL.url(), LATER_COPY.url()), hit.copies().stream().map(StoryCopy::url).toList());
        assertEquals(2, hit.otherSites());
        assertEquals(16, hit.story().length());
    }

    @Test
    void everyCopyIsListedWhenAskedEachKnowingItsStory() throws Exception {
        SearchResponse response = searcher.search(request("煤制气 一期", true));
        assertEquals(3, response.total());
        assertEquals(1, response.stories());
        assertEquals(Set.of(COAL.url(), EARLIER_COPY.url(), LATER_COPY.url()), urls(response));
        assertEquals(1, response.hits().stream().map(SearchHit::story).distinct().count());
        assertEquals(1, response.hits().stream().filter(SearchHit::original).count());
        response.hits().forEach(hit -> assertEquals(2, hit.copies().size(), hit.url()));
    }

    @Test
    void theSameTextOnAnotherSiteIsACopyNotADuplicate() throws Exception {
        SearchResponse response = searcher.search(request("大南湖", true));
        assertEquals(2, response.total());
        assertEquals(1, response.stories());
    }

    @Test
    void facetsCountStoriesUnlessEveryCopyIsListed() throws Exception {
        SearchRequest coal = new SearchRequest("", List.of("coal"), List.of(), null, null, null, 10, 0, List.of(), null,
                false);
        SearchResponse stories = searcher.search(coal);
        long coalFixtures = FixtureArticles.all().stream()
                .filter(a -> a.clusters().stream().anyMatch(tag -> tag.id().equals("coal"))).count();
        assertEquals(coalFixtures, stories.total());
        assertEquals(coalFixtures, stories.facets().get("clusters").get("coal"));
        SearchRequest everyCopy = new SearchRequest("", List.of("coal"), List.of(), null, null, null, 10, 0, List.of(),
                null, true);
        SearchResponse documents = searcher.search(everyCopy);
        assertEquals(coalFixtures + 3, documents.total());
        assertEquals(coalFixtures + 3, documents.facets().get("clusters").get("coal"));
    }

    @Test
    void withoutAQueryTheFiltersListTheirStoriesNewestFirst() throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("", List.of(), List.of(), LocalDate.of(2024, 1, 1),
                null, SearchRequest.Sort.RELEVANCE, 100, 0, List.of("昌吉回族自治州"), null, false));
        assertFalse(response.hits().isEmpty());
        List<OffsetDateTime> times = response.hits().stream().map(SearchHit::publishTime).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), times.toString());
        }
        response.hits().forEach(hit -> assertTrue(hit.regions().contains("昌吉回族自治州"), hit.toString()));
        response.hits().forEach(hit -> assertFalse(hit.snippet().isEmpty(), hit.toString()));
    }

    @Test
    void aStoryFilterListsItsCopies() throws Exception {
        String story = searcher.search(request("煤制气 一期", false)).hits().get(0).story();
        SearchResponse response = searcher.search(new SearchRequest("", List.of(), List.of(), null, null, null, 10, 0,
                List.of(), story.toUpperCase(), true));
        assertEquals(Set.of(COAL.url(), EARLIER_COPY.url(), LATER_COPY.url()), urls(response));
    }

    @Test
    void neitherQueryNorFilterIsRejected() {
        assertThrows(InvalidQueryException.class, () -> searcher.search(request(" ", false)));
    }

    @Test
    void statsCountDocumentsAndStories() throws Exception {
        IndexStats stats = searcher.stats();
        assertEquals(FixtureArticles.all().size() + 4, stats.documents());
        assertEquals(FixtureArticles.all().size() + 1, stats.stories());
    }

    @Test
    void hitsCarryAuthorRegionsAndKeywords() throws Exception {
        SearchHit hit = searcher.search(request("库车 绿氢", false)).hits().get(0);
        assertEquals(AUTHORED.url(), hit.url());
        assertEquals("李文博", hit.author());
        assertEquals(List.of("阿克苏地区"), hit.regions());
        assertEquals(List.of("绿氢", "库车"), hit.keywords());
        assertTrue(hit.original());
        assertTrue(hit.copies().isEmpty());
    }
}
