package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingListener;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls with the real extractor: an article split over three pages, broken pagers, relative bylines, WeChat. */
class MultiPageCrawlTest {

    private static final String DIR = "/2024/0506/";
    private static final List<String> PAGES = List.of(DIR + "88001.html", DIR + "88001_2.html", DIR + "88001_3.html");

    @TempDir
    Path data;
    private SiteServer site;
    private final RecordingSink sink = new RecordingSink();
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        site = new SiteServer();
        for (String path : PAGES) {
            site.serve(path, Reply.html(fixture(path.substring(DIR.length()))));
        }
        for (String linked : List.of("/news/", "/nongye/", "/jingji/", "/shehui/", "/2024/0501/87001.html",
                "/2024/0429/86901.html")) {
            site.serve(linked, Reply.html(NewsSite.page("栏目_伊犁新闻网", "<p>栏目页</p>")));
        }
    }

    @AfterEach
    void close() {
        site.close();
    }

    private CrawlSummary crawl(CrawlConfig config) throws Exception {
        return new Crawler(config, new ContentExtractor(), listener, Crawls.FAST).run(sink);
    }

    private void frontPageLinking(String... paths) {
        StringBuilder links = new StringBuilder();
        for (String path : paths) {
            links.append("<li><a href=\"").append(path).append("\">设施农业扩面提质</a></li>");
        }
        site.serve("/", Reply.html(NewsSite.page("伊犁新闻网", "<ul>" + links + "</ul>")));
    }

    @Test
    void theThreePagesAreOneDocumentUnderTheFirstPagesUrlAndNoLaterPageIsIndexedAlone() throws Exception {
        frontPageLinking(PAGES.get(0), PAGES.get(2));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(Set.of(site.url(PAGES.get(0))), sink.stored());
        String body = sink.accepted().get(0).article().body();
        assertTrue(body.contains("设施农业离不开技术服务") && body.contains("下一步，伊犁州"), body);
        assertTrue(body.indexOf("今年以来") < body.indexOf("设施农业离不开") && body.indexOf("设施农业离不开")
                < body.indexOf("销路同样关键"), body);
        assertFalse(body.contains("下一页") || body.contains("共3页"), body);
        assertEquals(1, summary.indexed());
        assertEquals(0, summary.pageProblems(), listener.pageProblems.toString());
        assertEquals(0, summary.errors(), listener.errors.toString());
        assertEquals(1, site.hits(PAGES.get(0)).size());
        assertEquals(1, site.hits(PAGES.get(1)).size(), "page 3 met on its own does not queue page 2");
        assertTrue(site.hits(PAGES.get(2)).size() <= 2, "once on its own, once with its article");
        assertEquals("a later page of an article, read with its first page", listener.skipped.get(site.url(PAGES.get(2))));
    }

    @Test
    void laterPagesWaitForTheHostsTurn() throws Exception {
        frontPageLinking(PAGES.get(0));

        crawl(Crawls.config(data, site.url("/")).toBuilder().delayMs(150).concurrency(4).build());

        List<SiteServer.Hit> hits = site.hits();
        for (int i = 1; i < hits.size(); i++) {
            long gap = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= 145, "gap of " + gap + " ms before " + hits.get(i).path());
        }
        assertTrue(hits.stream().anyMatch(hit -> hit.path().equals(PAGES.get(2))));
    }

    @Test
    void aSecondPageAnswering404LeavesTheFirstPageIndexedAndTheProblemCounted() throws Exception {
        frontPageLinking(PAGES.get(0));
        site.serve(PAGES.get(1), Reply.status(404));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(Set.of(site.url(PAGES.get(0))), sink.stored());
        String body = sink.accepted().get(0).article().body();
        assertTrue(body.contains("今年以来") && !body.contains("设施农业离不开技术服务"), body);
        assertEquals(1, summary.pageProblems());
        assertEquals(List.of("page 2 (" + site.url(PAGES.get(1)) + "): HTTP 404; kept 1 page(s)"),
                listener.pageProblems);
        assertEquals(1, site.hits(PAGES.get(1)).size(), "the broken page is not fetched again on its own");
    }

    @Test
    void aLaterPageRobotsTxtDisallowsIsNotFetched() throws Exception {
        frontPageLinking(PAGES.get(0));
        site.serve("/robots.txt", Reply.bytes("text/plain", ("User-agent: *\nDisallow: " + PAGES.get(2) + "\n")
                .getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(0, site.hits(PAGES.get(2)).size());
        assertEquals(1, summary.pageProblems());
        assertTrue(listener.pageProblems.get(0).endsWith(": disallowed by robots.txt; kept 2 page(s)"),
                listener.pageProblems.toString());
        assertTrue(sink.accepted().get(0).article().body().contains("设施农业离不开技术服务"));
    }

    @Test
    void aWeChatArticleWithAnEmptyContentElementIsCountedAndLogged() throws Exception {
        String html = fixture("../extract/wechat-article.html").replaceAll("(?s)(<div class=\"rich_media_content[^>]*>)"
                + ".*?(<div class=\"rich_media_tool)", "$1</div>$2");
        site.serve("/s/empty.html", Reply.html(html));
        frontPageLinking("/s/empty.html");

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(0, summary.indexed());
        assertEquals(1, summary.pageProblems());
        assertEquals(List.of("WeChat article with an empty content element (#js_content): nothing to index"),
                listener.pageProblems);
    }

    @Test
    void aRelativeBylineIsResolvedAgainstTheFetchTime() throws Exception {
        site.serve("/a/7001.html", Reply.html("<html><head><title>风电装机容量创新高</title></head><body>"
                + "<h1>风电装机容量创新高</h1><div>3小时前 来源：北疆能源</div><div><p>今年以来，全区新增风电装机容量持续"
                + "增长，多个大型基地项目并网发电，新能源发电量占比进一步提高，弃风率降到百分之三以下。</p></div></body></html>"));
        frontPageLinking("/a/7001.html");

        crawl(Crawls.config(data, site.url("/")));

        CrawledArticle crawled = sink.accepted().get(0);
        assertTrue(crawled.article().publishTimeRelative());
        long minutes = Duration.between(crawled.article().publishTime().toInstant(), crawled.fetchedAt()).toMinutes();
        assertEquals(180, minutes, 1, crawled.article().publishTime() + " fetched " + crawled.fetchedAt());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MultiPageCrawlTest.class.getResourceAsStream("/paging/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /paging/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
