package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.LoopbackCrawl;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.Reply;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How far a crawl goes: a list's own pagination spends no depth (up to a cap per list), what is left beyond
 * {@code --max-depth} or the page budget is counted, and a resume goes on with it.
 */
class DepthTest extends LoopbackCrawl {

    private static final int LIST_PAGES = 20;
    private static final int PER_PAGE = 5;

    /**
     * Serves a channel of {@code LIST_PAGES} list pages, each with {@code PER_PAGE} articles and a pager: the page
     * numbers and a 下一页 link.
     *
     * @param first    the path of the list's first page
     * @param numbered the path of page n (n from 2), with %d for n
     * @return the article URLs
     */
    private Set<String> channel(String first, String numbered) {
        Set<String> articles = new HashSet<>();
        for (int n = 1; n <= LIST_PAGES; n++) {
            StringBuilder list = new StringBuilder("<ul>");
            for (int k = 1; k <= PER_PAGE; k++) {
                String path = "/article/" + n + "-" + k + ".html";
                list.append("<li><a href=\"").append(path).append("\">").append(NewsSite.title(n, k)).append("</a>");
                site.serve(path, Reply.html(NewsSite.article(n, k, "")));
                articles.add(site.url(path));
            }
            list.append("</ul><div class=\"pager\">");
            for (int p = Math.max(1, n - 2); p <= Math.min(LIST_PAGES, n + 2); p++) {
                list.append("<a href=\"").append(pagePath(first, numbered, p)).append("\">").append(p).append("</a>");
            }
            if (n < LIST_PAGES) {
                list.append("<a href=\"").append(pagePath(first, numbered, n + 1)).append("\">下一页</a>");
            }
            site.serve(pagePath(first, numbered, n), Reply.html(NewsSite.page("要闻_第" + n + "页",
                    list + "</div>")));
        }
        return articles;
    }

    private static String pagePath(String first, String numbered, int n) {
        return n == 1 ? first : numbered.formatted(n);
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "/news/list.html, /news/list_%d.html",
        "/news/, /news/index_%d.shtml",
        "/news/list.php?cat=3, /news/list.php?cat=3&page=%d",
        "/news/more.jsp, /news/more.jsp?start=%d0",
        "/news/, /news/page/%d/",
    })
    void aChannelsWholeArchiveIsReachedWithinTheDefaultDepth(String first, String numbered) throws Exception {
        Set<String> articles = channel(first, numbered);
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"" + first + "\">要闻</a>")));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(articles, sink.stored());
        assertEquals(0, summary.leftAtDepth(), "no link was left beyond --max-depth");
    }

    @Test
    void anEndlessPagerEndsAfterItsCapOfListPagesAndTheDepthBound() throws Exception {
        site.serve("/calendar", hit -> {
            int day = hit.path().contains("?day=") ? Integer.parseInt(hit.path().replaceAll(".*day=", "")) : 0;
            return Reply.html(NewsSite.page("日历", "<a href=\"/calendar?day=" + (day + 1) + "\">下一页</a>"));
        });
        CrawlConfig config = Crawls.config(data, site.url("/calendar")).toBuilder().maxDepth(3).maxListPages(10)
                .build();

        CrawlSummary summary = crawl(config);

        assertEquals(1 + 10 + 3, site.hits().stream().filter(hit -> hit.path().startsWith("/calendar")).count(),
                "the first page, ten pages that kept their depth, then three more that spent it");
        assertEquals(1, summary.leftAtDepth());
        assertEquals(0, summary.queued());
    }

    @Test
    void linksLeftAtTheDepthBoundAreCountedAndFollowedByAResumeWithALargerBound() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html\">一</a>")));
        site.serve("/a.html", Reply.html(NewsSite.article(1, 1, "<a href=\"/b.html\">二</a><a href=\"/c.html\">三</a>")));
        site.serve("/b.html", Reply.html(NewsSite.article(1, 2, "<a href=\"/d.html\">四</a>")));
        site.serve("/c.html", Reply.html(NewsSite.article(1, 3, "")));
        site.serve("/d.html", Reply.html(NewsSite.article(1, 4, "")));
        CrawlConfig shallow = Crawls.bounded(Crawls.config(data, site.url("/")), 1000, 1);

        CrawlSummary first = crawl(shallow);

        assertEquals(Set.of(site.url("/a.html")), sink.stored());
        assertEquals(2, first.leftAtDepth(), "b and c, once each");
        assertEquals(0, first.queued());

        CrawlSummary deeper = crawl(Crawls.resuming(shallow).toBuilder().maxDepth(3).build());

        assertEquals(Set.of(site.url("/a.html"), site.url("/b.html"), site.url("/c.html"), site.url("/d.html")),
                sink.stored());
        assertEquals(0, deeper.leftAtDepth());
        assertEquals(3, deeper.fetched());
    }

    @Test
    void aCrawlStoppedByItsPageBudgetSaysWhatIsQueuedAndAResumeGoesOn() throws Exception {
        Set<String> articles = new HashSet<>(NewsSite.install(site, 3, 5).stream().map(site::url).toList());
        CrawlConfig budget = Crawls.bounded(Crawls.config(data, site.url("/")), 6, 5);

        CrawlSummary stopped = crawl(budget);

        assertEquals(6, stopped.fetched());
        assertTrue(stopped.queued() > 0, "URLs are left in the queue: " + stopped);

        CrawlSummary resumed = crawl(Crawls.resuming(budget).toBuilder().maxPages(1000).build());

        assertEquals(articles, sink.stored());
        assertEquals(0, resumed.queued());
        assertEquals(stopped.queued(), resumed.fetched(), "the resume fetched what was queued");
    }
}
