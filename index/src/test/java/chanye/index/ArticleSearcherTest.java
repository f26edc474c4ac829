package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ClusterTag;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Searches over a real index of the fixture articles. */
class ArticleSearcherTest {

    @TempDir
    static Path dir;

    private static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = IndexFixture.searcherOverFixtures(dir.resolve("fixtures"));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, List.of(), null, null, null, null, 100, 0);
    }

    private static List<String> urls(SearchResponse response) {
        return response.hits().stream().map(SearchHit::url).toList();
    }

    private static String url(String name) {
        return FixtureArticles.named(name).url();
    }

    private static List<IndexedArticle> matching(SearchResponse response) throws IOException {
        List<IndexedArticle> articles = new ArrayList<>();
        for (SearchHit hit : response.hits()) {
            articles.add(searcher.get(hit.url()).orElseThrow());
        }
        return articles;
    }

    private static boolean mentions(IndexedArticle article, String text) {
        return article.title().contains(text) || article.body().contains(text);
    }

    @Test
    void wordsAreAllRequired() throws Exception {
        SearchResponse response = searcher.search(request("光伏 准东"));
        assertEquals(url("energy-02"), urls(response).get(0));
        for (IndexedArticle article : matching(response)) {
            assertTrue(mentions(article, "光伏") && mentions(article, "准东"), article.url());
        }
        assertEquals(response.hits().size(), response.total());
    }

    @Test
    void aPhraseNeedsItsWordsTogether() throws Exception {
        assertTrue(urls(searcher.search(request("煤化工 企业"))).contains(url("coal-04")));
        SearchResponse phrase = searcher.search(request("\"煤化工企业\""));
        assertEquals(List.of(url("energy-05")), urls(phrase));
        assertEquals(List.of(url("energy-05")), urls(searcher.search(request("“煤化工企业”"))));
    }

    @Test
    void orLetsEitherWordMatch() throws Exception {
        List<String> urls = urls(searcher.search(request("棉花 OR 苹果")));
        assertTrue(urls.containsAll(List.of(url("cotton-03"), url("fruit-02"))), urls::toString);
    }

    @Test
    void aMinusExcludes() throws Exception {
        SearchResponse response = searcher.search(request("光伏 -准东"));
        assertTrue(urls(response).contains(url("energy-04")));
        for (IndexedArticle article : matching(response)) {
            assertFalse(mentions(article, "准东"), article.url());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "新能源, energy-04",
        "塔里木, oil-01",
        "新材料, energy-04",
        "里木油, oil-01",
    })
    void findsAPartOfALongerWord(String query, String name) throws Exception {
        assertTrue(urls(searcher.search(request(query))).contains(url(name)), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"煤", "棉", "硅", "油"})
    void aSingleCharacterFindsEveryArticleWithItTitlesFirstAndMarksIt(String character) throws Exception {
        List<String> expected = FixtureArticles.all().stream().filter(article -> mentions(article, character))
                .map(IndexedArticle::url).sorted().toList();
        SearchResponse response = searcher.search(request(character));
        assertEquals(expected, urls(response).stream().sorted().toList());
        long inTitles = matching(response).stream().filter(article -> article.title().contains(character)).count();
        for (IndexedArticle article : matching(response).subList(0, (int) inTitles)) {
            assertTrue(article.title().contains(character), article.url());
        }
        for (SearchHit hit : response.hits()) {
            assertTrue((hit.highlightedTitle() + hit.snippet()).contains("<em>" + character + "</em>"),
                    hit.highlightedTitle() + " " + hit.snippet());
        }
    }

    @Test
    void aTitleMatchOutranksBodyMatches() throws Exception {
        assertEquals(url("energy-01"), urls(searcher.search(request("风电"))).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-energy", "新能源新材料"})
    void filtersByClusterIdOrName(String cluster) throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("光伏", List.of(cluster), null, null, null,
                null, 100, 0));
        assertFalse(response.hits().isEmpty());
        response.hits().forEach(hit -> assertTrue(hit.clusters().contains("new-energy"), hit.url()));
    }

    @Test
    void anyOfSeveralClustersPasses() throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("光伏", List.of("oil-gas", "coal"), null, null,
                null, null, 100, 0));
        assertEquals(List.of(url("energy-05"), url("mixed-01")).stream().sorted().toList(),
                urls(response).stream().sorted().toList());
    }

    @Test
    void filtersBySiteIgnoringCase() throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("光伏", List.of(), "News.Tianshan.example", null,
                null, null, 100, 0));
        assertFalse(response.hits().isEmpty());
        response.hits().forEach(hit -> assertEquals("news.tianshan.example", hit.site()));
        assertEquals(Map.of("news.tianshan.example", response.total()), response.facets().get("sites"));
    }

    @ParameterizedTest
    @CsvSource({
        "2023-08-25, 2023-08-25, true",
        "2023-08-26, , false",
        ", 2023-08-24, false",
        ", , true",
    })
    void datesAreInclusiveDays(LocalDate since, LocalDate until, boolean found) throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("那拉提", List.of(), null, since, until, null,
                10, 0));
        assertEquals(found, urls(response).contains(url("other-02")));
    }

    @Test
    void anArticleWithoutADateFailsEveryDateFilter() throws Exception {
        assertEquals(1, searcher.search(request("高标准农田")).total());
        assertEquals(0, searcher.search(new SearchRequest("高标准农田", List.of(), null, LocalDate.of(2000, 1, 1),
                null, null, 10, 0)).total());
    }

    @Test
    void datesAreDaysInChinaTime(@TempDir Path other) throws Exception {
        IndexFixture.build(other, List.of(
                dated("https://a.example/early", "2024-01-01T07:00:00+08:00"),
                dated("https://a.example/late", "2024-01-01T23:59:59+08:00"),
                dated("https://a.example/utc", "2024-01-01T17:30:00Z")));
        try (ArticleSearcher dates = ArticleSearcher.open(other, chanye.index.analysis.TestSegmenters.segmenter())) {
            LocalDate newYear = LocalDate.of(2024, 1, 1);
            SearchResponse day = dates.search(new SearchRequest("葡萄", List.of(), null, newYear, newYear, null,
                    10, 0));
            assertEquals(List.of("https://a.example/early", "https://a.example/late"),
                    urls(day).stream().sorted().toList());
            SearchResponse before = dates.search(new SearchRequest("葡萄", List.of(), null, null,
                    newYear.minusDays(1), null, 10, 0));
            assertEquals(0, before.total());
        }
    }

    private static IndexedArticle dated(String url, String publishTime) {
        return new IndexedArticle(url, "a.example", "葡萄晾晒 " + url, "吐鲁番葡萄进入晾房。" + url, null, null,
                OffsetDateTime.parse(publishTime), Instant.EPOCH, List.of(), List.of(), List.of());
    }

    @Test
    void sortsByDateNewestFirstWithUndatedLast() throws Exception {
        SearchResponse response = searcher.search(new SearchRequest("建设 OR 高标准农田", List.of(), null, null, null,
                SearchRequest.Sort.DATE, 100, 0));
        List<SearchHit> hits = response.hits();
        assertTrue(hits.size() > 3);
        for (int i = 1; i < hits.size(); i++) {
            OffsetDateTime previous = hits.get(i - 1).publishTime();
            OffsetDateTime current = hits.get(i).publishTime();
            assertTrue(current == null || previous != null && !current.isAfter(previous), hits.get(i).url());
        }
        assertEquals(null, hits.get(hits.size() - 1).publishTime());
    }

    @Test
    void pagesFollowEachOther() throws Exception {
        SearchResponse all = searcher.search(new SearchRequest("项目", List.of(), null, null, null, null, 6, 0));
        SearchResponse first = searcher.search(new SearchRequest("项目", List.of(), null, null, null, null, 3, 0));
        SearchResponse second = searcher.search(new SearchRequest("项目", List.of(), null, null, null, null, 3, 3));
        List<String> joined = new ArrayList<>(urls(first));
        joined.addAll(urls(second));
        assertEquals(urls(all), joined);
        assertEquals(all.total(), second.total());
        SearchResponse beyond = searcher.search(new SearchRequest("项目", List.of(), null, null, null, null, 3,
                1000));
        assertTrue(beyond.hits().isEmpty());
        assertEquals(all.total(), beyond.total());
    }

    @Test
    void facetsCountAllMatchesNotJustThePage() throws Exception {
        SearchResponse page = searcher.search(new SearchRequest("光伏", List.of(), null, null, null, null, 0, 0));
        SearchResponse everything = searcher.search(request("光伏"));
        assertTrue(page.hits().isEmpty());
        Map<String, Long> clusters = new HashMap<>();
        Map<String, Long> sites = new HashMap<>();
        for (SearchHit hit : everything.hits()) {
            hit.clusters().forEach(cluster -> clusters.merge(cluster, 1L, Long::sum));
            sites.merge(hit.site(), 1L, Long::sum);
        }
        assertEquals(clusters, page.facets().get("clusters"));
        assertEquals(sites, page.facets().get("sites"));
        assertEquals(everything.total(), page.total());
    }

    @Test
    void snippetsMarkTheHitsInTheRightSentence() throws Exception {
        SearchHit hit = searcher.search(request("采收率")).hits().get(0);
        assertEquals(url("oil-03"), hit.url());
        assertTrue(hit.snippet().startsWith("试验区原油<em>采收率</em>提高明显"), hit.snippet());
        assertEquals("吐哈油田推进二氧化碳驱油试验", hit.highlightedTitle());
        assertEquals(List.of("oil-gas"), hit.clusters());
        assertEquals("油气生产加工", hit.clusterTags().get(0).name());
    }

    @Test
    void highlightsLandOnTheRightCharactersAfterWindowsLineBreaksAndEscapeHtml(@TempDir Path other)
            throws Exception {
        IndexedArticle article = new IndexedArticle("https://b.example/1", "b.example", "棉花<收购>价格&行情",
                "第一段介绍天气情况。\r\n\r\n第二段说长绒棉收购价格稳定，<b>棉农</b>满意！\r\n第三段讲运输。", null, null,
                null, Instant.EPOCH, List.of(new ClusterTag("cotton-textile", "棉花和纺织服装", 2.0, List.of("长绒棉"))),
                List.of(), List.of());
        IndexFixture.build(other, List.of(article));
        try (ArticleSearcher one = ArticleSearcher.open(other, chanye.index.analysis.TestSegmenters.segmenter())) {
            SearchHit hit = one.search(request("长绒棉 收购")).hits().get(0);
            assertEquals("第二段说<em>长绒棉</em><em>收购</em>价格稳定，&lt;b&gt;棉农&lt;/b&gt;满意！", hit.snippet());
            assertEquals("棉花&lt;<em>收购</em>&gt;价格&amp;行情", hit.highlightedTitle());
        }
    }

    @Test
    void aBodyWithoutAMatchStillGivesASnippet() throws Exception {
        SearchHit hit = searcher.search(request("乌鲁木齐地铁")).hits().get(0);
        assertEquals(url("other-01"), hit.url());
        assertFalse(hit.snippet().isEmpty());
    }

    @Test
    void reportsWhatItTook() throws Exception {
        SearchResponse response = searcher.search(request("哈密瓜"));
        assertTrue(response.tookMs() >= 0);
        assertEquals("哈密瓜", response.query());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "的", "，。！", "-准东", "OR", "光伏 OR", "\"风电", "风电 OR -光伏"})
    void unsearchableQueriesAreRejectedWithOneLine(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> searcher.search(request(query)));
        assertFalse(e.getMessage().isBlank());
        assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
    }

    @Test
    void returnsStoredArticlesWhole() throws Exception {
        for (IndexedArticle article : FixtureArticles.all()) {
            assertEquals(article, searcher.get(article.url()).orElseThrow());
        }
        assertTrue(searcher.get("https://nowhere.example/").isEmpty());
    }

    @Test
    void statsCountArticlesClustersSitesAndDates() throws Exception {
        IndexStats stats = searcher.stats();
        assertEquals(FixtureArticles.all().size(), stats.documents());
        assertEquals(7, stats.clusters().get("new-energy"));
        assertEquals(14, stats.sites().get("news.tianshan.example"));
        assertEquals(OffsetDateTime.parse("2023-05-20T08:50:00+08:00"), stats.oldest());
        assertEquals(OffsetDateTime.parse("2024-11-19T16:15:00+08:00"), stats.newest());
    }
}
