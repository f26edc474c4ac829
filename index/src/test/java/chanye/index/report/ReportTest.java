package chanye.index.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ClusterTag;
import chanye.index.ArticleSearcher;
import chanye.index.FixtureArticles;
import chanye.index.IndexFixture;
import chanye.index.IndexedArticle;
import chanye.index.SearchRequest;
import chanye.index.analysis.TestSegmenters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports over a real index of the fixture articles, some republished on other sites. */
class ReportTest {

    @TempDir
    static Path dir;

    private static ArticleSearcher searcher;
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final IndexedArticle COAL = FixtureArticles.named("coal-01");

    static {
        NAMES.put("oil-gas", "油气生产加工");
        NAMES.put("coal", "煤炭煤电煤化工");
        NAMES.put("new-energy", "新能源新材料");
    }

    @BeforeAll
    static void index() throws IOException {
        List<IndexedArticle> articles = new ArrayList<>(FixtureArticles.all());
        for (String site : List.of("a.example", "b.example")) {
            articles.add(new IndexedArticle("https://" + site + "/coal.html", site, "转载：" + COAL.title(),
                    "原标题：" + COAL.title() + "\n" + COAL.body(), "天山网", null, COAL.publishTime().plusDays(1),
                    COAL.crawlTime(), COAL.clusters(), COAL.keywords(), COAL.regions()));
        }
        articles.addAll(keywordArticles());
        IndexFixture.build(dir, articles);
        searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter());
    }

    /** Coal articles tagged 储能 once early in 2025 and three times late, 煤价 the other way round. */
    private static List<IndexedArticle> keywordArticles() {
        List<IndexedArticle> articles = new ArrayList<>();
        String[][] plan = {{"2025-01-05", "煤价"}, {"2025-01-10", "煤价"}, {"2025-01-20", "储能"},
            {"2025-02-10", "煤价"}, {"2025-02-20", "储能"}, {"2025-02-25", "储能"}, {"2025-02-27", "储能"}};
        for (int i = 0; i < plan.length; i++) {
            articles.add(new IndexedArticle("https://k.example/" + i + ".html", "k.example", "简讯" + i,
                    "第" + i + "条简讯正文，内容各不相同，编号" + (1000 + i) + "。", null, null,
                    OffsetDateTime.parse(plan[i][0] + "T10:00:00+08:00"), COAL.crawlTime(),
                    List.of(new ClusterTag("coal", "煤炭煤电煤化工", 9, List.of())), List.of(plan[i][1]),
                    List.of("哈密")));
        }
        return articles;
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static Report report(SearchRequest selection, Period by) throws Exception {
        return searcher.report(new ReportRequest(selection, by, NAMES));
    }

    private static SearchRequest select(List<String> clusters, LocalDate since, LocalDate until) {
        return new SearchRequest("", clusters, List.of(), since, until, null, 0, 0, List.of(), null, false);
    }

    private static Report.ClusterReport cluster(Report report, String id) {
        return report.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void copiesCountAsOneStoryEverywhere() throws Exception {
        Report report = report(select(List.of("coal"), null, null), Period.MONTH);
        long coalFixtures = FixtureArticles.all().stream()
                .filter(a -> a.clusters().stream().anyMatch(tag -> tag.id().equals("coal"))).count();
        assertEquals(coalFixtures + 2 + 7, report.documents());
        assertEquals(coalFixtures + 7, report.stories());
        Report.ClusterReport coal = cluster(report, "coal");
        assertEquals(coalFixtures + 7, coal.stories());
        assertEquals(coal.stories() - report.undated(), coal.storiesByPeriod().stream().mapToLong(Long::longValue).sum());
        Report.TopStory top = coal.topStories().get(0);
        assertEquals(COAL.url(), top.url(), "carried by three sites, shown by its first copy");
        assertEquals(3, top.sites());
        assertEquals(3, top.copies());
        assertEquals(coal.sites().stream().mapToLong(Report.SiteCount::stories).sum(), coalFixtures + 7 + 2);
    }

    @Test
    void periodsRunFromTheFirstDayToTheLastAsKeysAndChineseLabels() throws Exception {
        Report months = report(select(List.of(), LocalDate.of(2024, 11, 15), LocalDate.of(2025, 2, 3)), Period.MONTH);
        assertEquals(List.of("2024-11", "2024-12", "2025-01", "2025-02"), months.periods());
        assertEquals("2025年1月", months.periodLabels().get(2));
        Report weeks = report(select(List.of(), LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 12)), Period.WEEK);
        assertEquals(List.of("2025-W01", "2025-W02"), weeks.periods());
        assertEquals("2025年第1周", weeks.periodLabels().get(0));
    }

    @Test
    void theKeywordsThatRoseAreThoseOfTheSecondHalf() throws Exception {
        Report report = report(select(List.of("coal"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)),
                Period.MONTH);
        List<Report.KeywordRise> rising = cluster(report, "coal").risingKeywords();
        assertEquals(List.of(new Report.KeywordRise("储能", 1, 3, 2)), rising);
        assertEquals(Map.of("哈密", 7L), cluster(report, "coal").regions());
        assertEquals(List.of(3L, 4L), cluster(report, "coal").storiesByPeriod());
    }

    @Test
    void anEmptySelectionSaysSo() throws Exception {
        Report report = report(select(List.of(), LocalDate.of(2999, 1, 1), null), Period.MONTH);
        assertTrue(report.empty());
        assertTrue(report.clusters().isEmpty());
        assertTrue(report.periods().isEmpty());
    }
}
