package chanye.crawler.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joining the three pages of a fixture article, and what happens when a pager or a later page is broken. */
class ArticlePagesTest {

    private static final String DIR = "https://news.example.cn/2024/0506/";
    private static final String PAGE_1 = DIR + "88001.html";
    private static final String PAGE_2 = DIR + "88001_2.html";
    private static final String PAGE_3 = DIR + "88001_3.html";

    private final ContentExtractor extractor = new ContentExtractor();
    private final PageReader reader = new PageReader(extractor);
    private final ArticlePages pages = new ArticlePages(extractor, ArticlePages.DEFAULT_MAX_PAGES);

    @Test
    void joinsTheThreePagesInOrderUnderTheFirstPagesUrl() throws Exception {
        Site site = Site.ofFixture();

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        Article article = joined.article();
        assertEquals(List.of(PAGE_1, PAGE_2, PAGE_3), joined.pages());
        assertEquals(List.of(PAGE_2, PAGE_3), site.fetched);
        assertEquals(PAGE_1, article.url());
        assertEquals("伊犁河谷设施农业扩面提质 冬春蔬菜不再“北菜南运”", article.title());
        assertEquals("伊犁日报", article.source());
        List<String> paragraphs = article.body().lines().toList();
        assertEquals(7, paragraphs.size(), article.body());
        assertTrue(paragraphs.get(0).startsWith("核心提示"), article.body());
        assertTrue(paragraphs.get(1).startsWith("今年以来"), article.body());
        assertTrue(paragraphs.get(3).startsWith("设施农业离不开技术服务"), article.body());
        assertTrue(paragraphs.get(6).startsWith("下一步，伊犁州"), article.body());
        for (String furniture : List.of("下一页", "上一页", "共3页", "相关新闻", "版权所有", "来源：")) {
            assertFalse(article.body().contains(furniture), furniture);
        }
        assertEquals(List.of(), article.problems());
        assertTrue(joined.pagerLinks().containsAll(List.of(PAGE_2, PAGE_3)), joined.pagerLinks().toString());
        assertFalse(joined.pagerLinks().contains(PAGE_1));
    }

    @Test
    void aLaterPageIsToldFromAFirstPage() throws Exception {
        Site site = Site.ofFixture();

        assertTrue(ArticlePages.isLaterPage(site.read(PAGE_2)));
        assertTrue(ArticlePages.isLaterPage(site.read(PAGE_3)));
        assertFalse(ArticlePages.isLaterPage(site.read(PAGE_1)));
    }

    @Test
    void stopsAtTheCapAndSaysSo() throws Exception {
        Site site = Site.ofFixture();

        JoinedArticle joined = new ArticlePages(extractor, 2).follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1, PAGE_2), joined.pages());
        assertEquals(List.of("more than 2 pages; kept the first 2"), joined.article().problems());
        assertEquals(List.of(PAGE_1), new ArticlePages(extractor, 1).follow(site.read(PAGE_1), site).pages());
    }

    @Test
    void aMissingSecondPageLeavesTheFirstPageWithTheProblemNamed() throws Exception {
        Site site = Site.ofFixture();
        site.pages.remove(PAGE_2);

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1), joined.pages());
        assertEquals(site.read(PAGE_1).article().body(), joined.article().body());
        assertEquals(List.of("page 2 (" + PAGE_2 + "): HTTP 404; kept 1 page(s)"),
                joined.article().problems());
    }

    @Test
    void aLaterPageThatIsNotHtmlOrHasNoTextEndsTheArticleThere() throws Exception {
        Site site = Site.ofFixture();
        site.pages.put(PAGE_3, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1, PAGE_2), joined.pages());
        assertEquals(List.of("page 3 (" + PAGE_3 + "): not HTML (PNG image); kept 2 page(s)"),
                joined.article().problems());

        site.pages.put(PAGE_3, "<html><body><p>页面不存在</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("page 3 (" + PAGE_3 + "): no article text; kept 2 page(s)"),
                pages.follow(site.read(PAGE_1), site).article().problems());
    }

    @Test
    void aPagerLeadingBackToAPageReadIsALoop() throws Exception {
        Site site = Site.ofFixture();
        site.replace(PAGE_3, "<span>共3页</span>", "<a href=\"88001.html\">下一页</a>");

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1, PAGE_2, PAGE_3), joined.pages());
        assertEquals(List.of("the next-page link of page 3 leads back to page 1; kept 3 page(s)"),
                joined.article().problems());
    }

    @Test
    void aFirstPageWhosePagerPointsToItselfIsAProblemButALastPageEndingSoIsNot() throws Exception {
        Site site = Site.ofFixture();
        site.replace(PAGE_1, "<a href=\"88001_2.html\">下一页</a>", "<a href=\"88001.html\">下一页</a>");

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1), joined.pages());
        assertEquals(List.of("the next-page link of page 1 leads back to itself; kept 1 page(s)"),
                joined.article().problems());

        Site ending = Site.ofFixture();
        ending.replace(PAGE_3, "<span>共3页</span>", "<a href=\"88001_3.html\">下一页</a>");
        JoinedArticle whole = pages.follow(ending.read(PAGE_1), ending);
        assertEquals(3, whole.pages().size());
        assertEquals(List.of(), whole.article().problems());
    }

    @Test
    void aNextLinkToAnotherSiteIsNotFollowedButThePagersNumbersAre() throws Exception {
        Site site = Site.ofFixture();
        site.replace(PAGE_2, "<a href=\"88001_3.html\">下一页</a>", "<a href=\"https://ads.example.com/p/2.html\">下一页</a>");
        String problem = "the next-page link of page 2 leads to another site (https://ads.example.com/p/2.html), "
                + "not followed";

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1, PAGE_2, PAGE_3), joined.pages());
        assertEquals(List.of(problem), joined.article().problems());

        site.replace(PAGE_1, "<a href=\"88001_3.html\">3</a>", "");
        site.replace(PAGE_2, "<a href=\"88001_3.html\">3</a>", "");
        JoinedArticle cut = pages.follow(site.read(PAGE_1), site);
        assertEquals(List.of(PAGE_1, PAGE_2), cut.pages());
        assertEquals(List.of(problem), cut.article().problems());
    }

    @Test
    void aPagerThatNeverEndsStopsWhereAPageRepeatsTheOneBefore() throws Exception {
        Site site = Site.ofFixture();
        String endless = new String(site.pages.get(PAGE_3), StandardCharsets.UTF_8)
                .replace("<span>共3页</span>", "<a href=\"88001_4.html\">下一页</a>");
        site.pages.put(PAGE_3, endless.getBytes(StandardCharsets.UTF_8));
        site.pages.put(DIR + "88001_4.html", endless.replace("88001_4.html", "88001_5.html")
                .getBytes(StandardCharsets.UTF_8));

        JoinedArticle joined = pages.follow(site.read(PAGE_1), site);

        assertEquals(List.of(PAGE_1, PAGE_2, PAGE_3), joined.pages());
        assertEquals(List.of("page 4 (" + DIR + "88001_4.html): repeats page 3; kept 3 page(s)"),
                joined.article().problems());
    }

    @Test
    void aForumThreadsPagerIsNotFollowed() throws Exception {
        String url = "https://bbs.example.cn/forum.php?mod=viewthread&tid=35817";
        byte[] thread;
        try (InputStream in = ArticlePagesTest.class.getResourceAsStream("/extract/forum-thread.html")) {
            thread = in.readAllBytes();
        }
        ParsedPage first = reader.read(new RawPage(url, thread, "text/html", null));

        JoinedArticle joined = pages.follow(first, later -> {
            throw new AssertionError("fetched " + later);
        });

        assertEquals(List.of(url), joined.pages());
        assertEquals(first.article(), joined.article());
    }

    /** The fixture article's pages by URL, served from the test resources; a URL it lacks answers 404. */
    private static final class Site implements PageSource {

        final Map<String, byte[]> pages = new HashMap<>();
        final List<String> fetched = new ArrayList<>();
        private final PageReader reader = new PageReader(new ContentExtractor());

        static Site ofFixture() throws IOException {
            Site site = new Site();
            for (String name : List.of("88001.html", "88001_2.html", "88001_3.html")) {
                try (InputStream in = ArticlePagesTest.class.getResourceAsStream("/paging/" + name)) {
                    site.pages.put(DIR + name, in.readAllBytes());
                }
            }
            return site;
        }

        void replace(String url, String from, String to) {
            String html = new String(pages.get(url), StandardCharsets.UTF_8);
            assertTrue(html.contains(from), from);
            pages.put(url, html.replace(from, to).getBytes(StandardCharsets.UTF_8));
        }

        ParsedPage read(String url) throws NotHtmlException {
            return reader.read(new RawPage(url, pages.get(url), "text/html", null));
        }

        @Override
        public RawPage fetch(String url) throws PageUnavailableException {
            fetched.add(url);
            byte[] body = pages.get(url);
            if (body == null) {
                throw new PageUnavailableException("HTTP 404");
            }
            return new RawPage(url, body, "text/html", null);
        }
    }
}
