package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.state.CrawlStore;
import chanye.crawler.state.UrlStatus;
import chanye.crawler.testkit.Bodies;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.LoopbackCrawl;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Whole crawls of loopback sites: scope, politeness, statuses, discovery. */
class CrawlerTest extends LoopbackCrawl {

    private static String article(String title, String text, String links) {
        return NewsSite.page(title, links + "<h1>" + title + "</h1><div class=\"content\"><p>" + text + "</p></div>");
    }

    @Test
    void indexesEveryArticleOnceAndFollowsButDoesNotIndexListPages() throws Exception {
        List<String> articles = NewsSite.install(site, 3, 5);

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(urls(articles), sink.stored());
        assertEquals(15, summary.articles());
        assertEquals(15, summary.indexed());
        assertEquals(1 + 3 + 15 + 1, summary.fetched(), "front page, lists, articles and the /sitemap.xml probe");
        assertEquals(1, summary.skipped(), "the missing sitemap");
        assertEquals(0, summary.errors(), listener.errors.toString());
        for (String path : articles) {
            assertEquals(1, site.hits(path).size(), "one fetch despite ?utm_source and #top variants: " + path);
        }
        assertTrue(sink.flushes() >= 1);
        assertEquals(1, site.hits("/robots.txt").size(), "robots.txt is read once per host");
    }

    @Test
    void robotsRulesBlockAndCrawlDelaySpacesRequests() throws Exception {
        List<String> articles = NewsSite.install(site, 1, 4);
        site.serve("/robots.txt", Reply.bytes("text/plain", ("User-agent: *\nDisallow: /news/1/2.html\n"
                + "Crawl-delay: 0.2\n").getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(1, summary.robotsBlocked());
        assertEquals(List.of(site.url("/news/1/2.html")), listener.robotsBlocked);
        assertTrue(site.hits("/news/1/2.html").isEmpty());
        assertEquals(3, summary.indexed());
        assertEquals(urls(articles.stream().filter(p -> !p.equals("/news/1/2.html")).toList()), sink.stored());
        assertMinimumGap(site.hits(), 200);
    }

    @Test
    void redirectsAreFollowedOnlyWhereRobotsAllow() throws Exception {
        try (SiteServer other = new SiteServer()) {
            site.serve("/robots.txt", Reply.bytes("text/plain", "User-agent: *\nDisallow: /private/\n"
                    .getBytes(StandardCharsets.UTF_8)));
            other.serve("/robots.txt", Reply.bytes("text/plain", "User-agent: *\nDisallow: /secret/\n"
                    .getBytes(StandardCharsets.UTF_8)));
            site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/go/1\">一</a><a href=\"/go/2\">二</a>"
                    + "<a href=\"/go/3\">三</a>")));
            site.serve("/go/1", Reply.redirect("/private/a.html"));
            site.serve("/go/2", Reply.redirect(other.url("/secret/b.html")));
            site.serve("/go/3", Reply.redirect(other.url("/open/c.html")));
            for (SiteServer s : List.of(site, other)) {
                for (String path : List.of("/private/a.html", "/secret/b.html", "/open/c.html")) {
                    s.serve(path, Reply.html(article("转址文章" + path, "转址后的正文" + path + s.origin(), "")));
                }
            }

            CrawlSummary summary = crawl(Crawls.oneWorker(Crawls.config(data, site.url("/"))));

            assertEquals(2, summary.robotsBlocked());
            assertEquals(Set.of(site.url("/go/1"), site.url("/go/2")), Set.copyOf(listener.robotsBlocked));
            assertTrue(site.hits("/private/a.html").isEmpty());
            assertTrue(other.hits("/secret/b.html").isEmpty());
            assertEquals(1, other.hits("/robots.txt").size(), "the other host's robots.txt is read once");
            assertEquals(Set.of(other.url("/open/c.html")), sink.stored());
        }
    }

    @Test
    void urlsRobotsTxtDisallowsDoNotSpendThePageBudget() throws Exception {
        site.serve("/robots.txt", Reply.bytes("text/plain", "User-agent: *\nDisallow: /x/\n"
                .getBytes(StandardCharsets.UTF_8)));
        StringBuilder links = new StringBuilder();
        for (String path : List.of("/x/1.html", "/x/2.html", "/x/3.html", "/a/1.html", "/a/2.html")) {
            links.append("<a href=\"").append(path).append("\">链接</a>");
            site.serve(path, Reply.html(article("预算文章" + path, "页面预算不计被禁止的网址" + path + "。", "")));
        }
        site.serve("/", Reply.html(NewsSite.page("首页", links.toString())));

        CrawlSummary summary = crawl(Crawls.oneWorker(Crawls.bounded(Crawls.config(data, site.url("/")), 4, 2)));

        assertEquals(3, summary.robotsBlocked());
        assertEquals(urls(List.of("/a/1.html", "/a/2.html")), sink.stored());
        assertEquals(4, summary.fetched(), "the home page, the sitemap probe and both articles");
    }

    @Test
    void absurdCrawlDelaysAreCappedAndReported() throws Exception {
        NewsSite.install(site, 1, 1);
        site.serve("/robots.txt", Reply.bytes("text/plain", "User-agent: *\nCrawl-delay: 3600\n"
                .getBytes(StandardCharsets.UTF_8)));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")),
                Crawls.FAST.withMaxCrawlDelay(Duration.ofMillis(50)));

        assertEquals(1, summary.indexed());
        assertEquals(List.of(site.url("/robots.txt") + " Crawl-delay of 3600000 ms capped at 50 ms"),
                listener.notices);
    }

    @Test
    void delayIsTheMinimumGapPerHost() throws Exception {
        NewsSite.install(site, 1, 3);
        CrawlConfig config = Crawls.config(data, site.url("/"));
        config = config.toBuilder().maxPages(100).delayMs(120).concurrency(4).build();

        crawl(config);

        assertMinimumGap(site.hits(), 120);
    }

    @Test
    void hostsAreFetchedInParallelButEachOneRequestAtATime() throws Exception {
        try (SiteServer other = new SiteServer()) {
            for (SiteServer s : List.of(site, other)) {
                StringBuilder links = new StringBuilder();
                for (int i = 1; i <= 4; i++) {
                    links.append("<a href=\"/slow/").append(i).append(".html\">慢</a>");
                    Reply page = Reply.html(article("慢速页面" + i + s.origin(), "库尔勒香梨出口" + i + s.origin(), ""));
                    s.serve("/slow/" + i + ".html", new Reply(200, page.headers(), page.body(), 150));
                }
                s.serve("/", Reply.html(NewsSite.page("首页", links.toString())));
            }
            CrawlConfig config = CrawlConfig.builder(data).seeds(site.url("/"), other.url("/")).maxPages(100)
                    .maxDepth(2).delayMs(0).build();

            crawl(config);

            assertEquals(8, sink.stored().size());
            assertEquals(1, site.mostInFlight(), "one request per host at a time");
            assertEquals(1, other.mostInFlight(), "one request per host at a time");
            long overlapping = site.hits().stream().filter(a -> a.path().startsWith("/slow/"))
                    .filter(a -> other.hits().stream().filter(b -> b.path().startsWith("/slow/"))
                            .anyMatch(b -> Math.abs(a.nanos() - b.nanos()) < 150_000_000L)).count();
            assertTrue(overlapping > 0, "the two hosts were fetched at the same time");
        }
    }

    @Test
    void pagesAreFetchedWhileABatchIsCommitted() throws Exception {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            links.append("<a href=\"/p/").append(i).append(".html\">文章</a>");
            Reply page = Reply.html(article("棉花收购第" + i + "天", "新疆棉花收购进度第" + i + "天。", ""));
            site.serve("/p/" + i + ".html", new Reply(200, page.headers(), page.body(), 60));
        }
        site.serve("/", Reply.html(NewsSite.page("首页", links.toString())));
        List<long[]> flushes = new CopyOnWriteArrayList<>();
        ArticleSink slowToFlush = new ArticleSink() {
            @Override
            public Outcome accept(CrawledArticle article) {
                return sink.accept(article);
            }

            @Override
            public boolean remove(String url) {
                return sink.remove(url);
            }

            @Override
            public void flush() throws InterruptedIOException {
                long start = System.nanoTime();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                sink.flush();
                flushes.add(new long[] {start, System.nanoTime()});
            }
        };

        new Crawler(Crawls.config(data, site.url("/")), new TestExtractor(), listener, Crawls.FAST).run(slowToFlush);

        assertEquals(50, sink.stored().size());
        long[] timedBatch = flushes.get(0);
        assertTrue(flushes.size() >= 2, "a batch closed on time before the end of the crawl");
        assertTrue(site.hits().stream().anyMatch(hit -> hit.nanos() > timedBatch[0] + 100_000_000L
                && hit.nanos() < timedBatch[1]), "a page was fetched while the batch was being committed");
    }

    @Test
    void theLastBatchIsSmallSoThatTheCommitAfterTheLastPageIsShort() throws Exception {
        List<String> articles = NewsSite.install(site, 4, 120);

        crawl(Crawls.config(data, site.url("/")));

        assertEquals(urls(articles), sink.stored());
        List<Integer> batches = sink.batches();
        assertTrue(batches.size() >= 2 && batches.get(batches.size() - 1) < 100,
                "the last of the batches " + batches + " holds fewer than 100 of the 480 articles");
    }

    private static void assertMinimumGap(List<SiteServer.Hit> hits, long ms) {
        for (int i = 1; i < hits.size(); i++) {
            long gap = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= ms - 5, "gap of " + gap + " ms before " + hits.get(i).path());
        }
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html\">要闻</a>")));
        int[] calls = {0};
        site.serve("/a.html", hit -> ++calls[0] == 1 ? Reply.status(429).with("Retry-After", "1")
                : Reply.html(article("限流后的文章", "煤炭保供稳价工作持续推进。", "")));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")),
                Crawls.FAST.withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(5)));

        assertEquals(1, summary.indexed());
        assertEquals(0, summary.errors());
        List<SiteServer.Hit> hits = site.hits("/a.html");
        assertEquals(2, hits.size());
        assertTrue((hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000 >= 1000, "waited for Retry-After");
    }

    @Test
    void failuresAreCountedWithTheirReasonsAndRetriedOnlyWhenTransient() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/gone.html\">1</a><a href=\"/down.html\">2</a>"
                + "<a href=\"/busy.html\">3</a><a href=\"/ok.html\">4</a><a href=\"/report.zip\">5</a>"
                + "<a href=\"/fake.html\">6</a>")));
        site.serve("/down.html", Reply.status(500));
        site.serve("/busy.html", Reply.status(503));
        site.serve("/ok.html", Reply.html(article("正常文章", "粮油加工企业开工率回升。", "")));
        site.serve("/report.zip", Reply.bytes("application/zip", Bodies.binary(2048)));
        site.serve("/fake.html", Reply.bytes("text/html", Bodies.binary(8192)));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals("HTTP 404", listener.errors.get(site.url("/gone.html")));
        assertEquals("HTTP 500", listener.errors.get(site.url("/down.html")));
        assertEquals("HTTP 503", listener.errors.get(site.url("/busy.html")));
        assertEquals("binary data served as text/html", listener.errors.get(site.url("/fake.html")));
        assertEquals("not HTML (application/zip)", listener.skipped.get(site.url("/report.zip")));
        assertEquals(4, summary.errors());
        assertEquals(1, site.hits("/gone.html").size(), "a 404 is not retried");
        assertEquals(1 + Crawls.FAST.maxRetries(), site.hits("/down.html").size());
        assertEquals(1 + Crawls.FAST.maxRetries(), site.hits("/busy.html").size());
        assertEquals(Set.of(site.url("/ok.html")), sink.stored());
    }

    @Test
    void calendarAndSessionTrapsEndAtTheBounds() throws Exception {
        site.serve("/calendar", hit -> {
            int day = Integer.parseInt(hit.path().replaceAll("^/calendar\\?d=(\\d+).*$|^/calendar$", "0$1")
                    .replaceAll("^0(?=\\d)", ""));
            return Reply.html(NewsSite.page("活动日历", "<a href=\"/calendar?d=" + (day + 1) + "\">下一天</a>"
                    + "<a href=\"/calendar?d=" + day + "&sid=" + System.nanoTime() + "\">刷新</a>"
                    + "<a href=\"/calendar;jsessionid=" + System.nanoTime() + "?d=" + day + "\">本页</a>"));
        });

        CrawlSummary summary = crawl(Crawls.bounded(Crawls.config(data, site.url("/calendar?d=0")), 1000, 4));

        assertEquals(List.of("/calendar?d=0", "/calendar?d=1", "/calendar?d=2", "/calendar?d=3", "/calendar?d=4"),
                site.hits().stream().map(SiteServer.Hit::path).filter(p -> p.startsWith("/calendar")).toList());
        assertEquals(0, summary.errors());
    }

    @Test
    void thePageBudgetBoundsTheRun() throws Exception {
        NewsSite.install(site, 4, 10);

        CrawlSummary summary = crawl(Crawls.bounded(Crawls.config(data, site.url("/")), 12, 5));

        assertEquals(12, summary.fetched());
        // Distinct paths: under a heavy load a request may time out and be retried, which the server sees twice.
        assertEquals(12, site.hits().stream().map(SiteServer.Hit::path).filter(path -> !path.equals("/robots.txt"))
                .distinct().count());
    }

    @Test
    void includeAndExcludePatternsSteer() throws Exception {
        NewsSite.install(site, 3, 3);
        CrawlConfig config = Crawls.config(data, site.url("/")).toBuilder().maxPages(100)
                .includes(List.of("/list/", "/news/")).excludes(List.of("/news/2/", "/list/3")).build();

        crawl(config);

        assertEquals(urls(List.of("/news/1/1.html", "/news/1/2.html", "/news/1/3.html")), sink.stored());
    }

    @Test
    void canonicalLinksNameTheDocumentAndAreNotFetchedAgain() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html?print=1\">打印版</a>"
                + "<a href=\"/b.html\">另一篇</a>")));
        site.serve("/a.html?print=1", Reply.html(article("光伏组件出口", "光伏组件出口保持增长。",
                "<link rel=\"canonical\" href=\"/a.html\">")));
        site.serve("/b.html", Reply.html(article("另一篇", "风电装机容量再创新高。", "<a href=\"/a.html\">原文</a>")));

        // One worker: with two, /b.html may be parsed before the page naming /a.html as canonical (a race that
        // costs one extra fetch, never a second document).
        CrawlSummary summary = crawl(Crawls.oneWorker(Crawls.config(data, site.url("/"))));

        assertEquals(Set.of(site.url("/a.html"), site.url("/b.html")), sink.stored());
        assertTrue(site.hits("/a.html").isEmpty(), "the canonical URL was known, not fetched");
        assertEquals(2, summary.indexed());
    }

    @Test
    void sitemapsFromRobotsAndSitemapIndexesAreFollowed() throws Exception {
        site.serve("/robots.txt", Reply.bytes("text/plain", ("User-agent: *\nAllow: /\nSitemap: "
                + site.url("/sitemap_index.xml") + "\n").getBytes(StandardCharsets.UTF_8)));
        site.serve("/sitemap_index.xml", Reply.bytes("application/xml", ("<?xml version=\"1.0\"?><sitemapindex "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + site.url("/sitemap-1.xml")
                + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8)));
        site.serve("/sitemap-1.xml", Reply.bytes("application/xml", ("<?xml version=\"1.0\"?><urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/hidden.html")
                + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)));
        site.serve("/", Reply.html(NewsSite.page("首页", "<p>没有链接</p>")));
        site.serve("/hidden.html", Reply.html(article("只在站点地图里", "绿色矿山建设稳步推进。", "")));

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(Set.of(site.url("/hidden.html")), sink.stored());
        assertTrue(site.hits("/sitemap.xml").isEmpty(), "robots named the sitemaps, so /sitemap.xml is not guessed");
        assertEquals(0, summary.errors());
    }

    @Test
    void rssAndAtomFeedsAsSeedsGiveTheirItems() throws Exception {
        site.serve("/rss.xml", Reply.bytes("application/rss+xml; charset=utf-8", ("<?xml version=\"1.0\"?>"
                + "<rss version=\"2.0\"><channel><title>要闻</title><link>" + site.url("/") + "</link>"
                + "<description>产业要闻</description><item><title>一</title><link>" + site.url("/f1.html")
                + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
        site.serve("/atom.xml", Reply.bytes("application/atom+xml", ("<?xml version=\"1.0\"?><feed "
                + "xmlns=\"http://www.w3.org/2005/Atom\"><title>要闻</title><id>urn:a</id>"
                + "<updated>2026-11-28T08:00:00+08:00</updated><entry><title>二</title><id>urn:2</id>"
                + "<updated>2026-11-28T08:00:00+08:00</updated><link href=\"" + site.url("/f2.html") + "\"/>"
                + "</entry></feed>").getBytes(StandardCharsets.UTF_8)));
        site.serve("/f1.html", Reply.html(article("订阅一", "棉纺织企业订单回暖。", "<a href=\"/deeper.html\">更多</a>")));
        site.serve("/f2.html", Reply.html(article("订阅二", "肉牛养殖规模持续扩大。", "")));
        site.serve("/deeper.html", Reply.html(article("更深一层", "果蔬冷链物流体系加快建设。", "")));

        crawl(Crawls.bounded(Crawls.config(data, site.url("/rss.xml"), site.url("/atom.xml")), 100, 1));

        assertEquals(Set.of(site.url("/f1.html"), site.url("/f2.html")), sink.stored(),
                "feed items are at depth 1, so with --max-depth 1 their links are not followed");
    }

    @Test
    void aNewCrawlRefetchesArticlesConditionallyAndA304CostsNoReindex() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html\">一</a>")));
        site.serve("/a.html", hit -> "\"v1\"".equals(hit.headers().get("if-none-match")) ? Reply.status(304)
                : Reply.html(article("有版本号的文章", "油气管网互联互通工程完工。", "")).with("ETag", "\"v1\""));
        crawl(Crawls.config(data, site.url("/")));
        assertEquals(1, sink.accepted().size());

        CrawlSummary second = crawl(Crawls.config(data, site.url("/")));

        assertEquals(1, sink.accepted().size(), "a 304 is not handed to the sink again");
        assertEquals(0, second.indexed());
        assertEquals("unchanged (304)", listener.skipped.get(site.url("/a.html")));
        assertEquals(2, site.hits("/a.html").size());
        assertEquals(2, site.hits("/").size(), "list pages are fetched in full every run");
    }

    @Test
    void articlesFetchedWithinRefetchAfterAreLeftAloneByANewRun() throws Exception {
        for (String name : List.of("a", "b", "c")) {
            site.serve("/" + name + ".html", Reply.html(article("文章" + name, "棉纺织产业集群第" + name + "篇。", "")));
        }
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html\">一</a><a href=\"/b.html\">二</a>")));
        crawl(Crawls.config(data, site.url("/")));
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/a.html\">一</a><a href=\"/b.html\">二</a>"
                + "<a href=\"/c.html\">三</a>")));

        CrawlSummary daily = crawl(Crawls.refetchingAfter(Crawls.config(data, site.url("/")), Duration.ofDays(1)));

        assertEquals(1, daily.indexed(), "only the new article");
        assertEquals(List.of(1, 1, 1), List.of(site.hits("/a.html").size(), site.hits("/b.html").size(),
                site.hits("/c.html").size()));
        assertEquals(2, site.hits("/").size(), "list pages are fetched every run");

        crawl(Crawls.config(data, site.url("/")));

        assertEquals(2, site.hits("/a.html").size(), "without refetchAfter every article is checked again");
    }

    @Test
    void aHostWhoseRobotsTxtAnswersAServerErrorIsDeferredNotBlocked() throws Exception {
        List<String> articles = NewsSite.install(site, 1, 3);
        AtomicBoolean down = new AtomicBoolean(true);
        site.serve("/robots.txt", hit -> down.get() ? Reply.status(503)
                : Reply.bytes("text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));

        CrawlSummary first = crawl(Crawls.config(data, site.url("/")));

        assertEquals(0, first.robotsBlocked());
        assertEquals(1, first.errors());
        assertEquals(0, first.fetched());
        assertTrue(listener.errors.get(site.url("/robots.txt")).contains("stay queued"), listener.errors.toString());

        down.set(false);
        crawl(Crawls.resuming(Crawls.config(data, site.url("/"))));

        assertEquals(urls(articles), sink.stored());
    }

    @Test
    void aHostThatKeepsFailingIsGivenUpAndItsUrlsWaitForResume() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            String path = "/a/" + i + ".html";
            links.append("<a href=\"").append(path).append("\">文章</a>");
            Reply page = Reply.html(article("故障后恢复的文章" + i, "停电检修后恢复供电第" + i + "条。", ""));
            site.serve(path, hit -> down.get() ? Reply.status(503) : page);
        }
        site.serve("/", Reply.html(NewsSite.page("首页", links.toString())));
        CrawlLimits limits = Crawls.FAST.withRetries(1, Duration.ofMillis(5), Duration.ofMillis(20))
                .withMaxHostFailures(4);
        CrawlConfig config = Crawls.config(data, site.url("/"));

        CrawlSummary first = crawl(config, limits);

        assertEquals(4, site.hits().stream().filter(h -> h.path().startsWith("/a/")).count(),
                "two URLs, each tried twice, then the host is given up");
        assertEquals(2, first.errors());
        assertEquals(1, listener.notices.stream().filter(n -> n.contains("given up")).count(), listener.notices.toString());
        try (CrawlStore store = CrawlStore.open(data, true)) {
            assertEquals(30, store.count(UrlStatus.QUEUED), "the two that failed on the host too");
        }

        down.set(false);
        CrawlSummary resumed = crawl(Crawls.resuming(config), limits);

        assertEquals(30, resumed.indexed());
        assertEquals(30, sink.stored().size());
    }

    @Test
    void aSeedThatRedirectsToAnotherHostBringsThatHostIntoScope() throws Exception {
        NewsSite.install(site, 1, 2);
        site.serve("/start", Reply.redirect(site.url("/")));

        crawl(Crawls.config(data, site.url("/start").replace("127.0.0.1", "localhost")));

        assertEquals(2, sink.stored().size());
    }

    @Test
    void badSeedsAreCountedAndTheCrawlGoesOn() throws Exception {
        NewsSite.install(site, 1, 1);

        CrawlSummary summary = crawl(Crawls.config(data, "ftp://files.example.cn/", "不是网址", site.url("/")));

        assertEquals(2, summary.errors());
        assertEquals("not an http(s) URL", listener.errors.get("ftp://files.example.cn/"));
        assertEquals(1, summary.indexed());
    }

    @Test
    void aSecondCrawlOnTheSameDataIsInUse() throws Exception {
        try (CrawlStore held = CrawlStore.open(data, false)) {
            CrawlStateException e = assertThrows(CrawlStateException.class,
                    () -> crawl(Crawls.config(data, site.url("/"))));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    @Test
    void unreadableStateSaysHowToRecover() throws Exception {
        Files.createDirectories(data.resolve("crawl"));
        Files.writeString(data.resolve("crawl/state.db"), "损坏的状态文件".repeat(300));

        CrawlStateException e = assertThrows(CrawlStateException.class,
                () -> crawl(Crawls.resuming(Crawls.config(data, site.url("/")))));

        assertTrue(e.getMessage().contains("unreadable") && e.getMessage().contains("delete "), e.getMessage());
        assertTrue(site.hits().isEmpty(), "nothing is fetched with unusable state");
    }

    @Test
    void anUnreachableSeedIsReportedBeforeItsRetriesAndNotProbedForASitemap() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String seed = "http://127.0.0.1:" + port + "/";

        CrawlSummary summary = crawl(Crawls.config(data, seed));

        assertEquals(List.of("unreachable 127.0.0.1:" + port + ": connection refused, 1", "error " + seed),
                listener.events);
        assertEquals(1, summary.errors(), "no /sitemap.xml was tried");
    }
}
