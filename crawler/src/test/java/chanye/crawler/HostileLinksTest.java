package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.LoopbackCrawl;
import chanye.crawler.testkit.HostileUrls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.TestExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** Nothing a page or a link holds ends a crawl: each URL and each page is its own failure domain. */
class HostileLinksTest extends LoopbackCrawl {

    @Test
    void linksWhosePercentEscapesBrokeTheNormaliserAreFollowedToTheRightPages() throws Exception {
        site.serve("/", Reply.html(NewsSite.page("首页", "<a href=\"/news/%41%42%43?p=1\">一</a>"
                + "<a href=\"/zt/p%2d1/p%2d2/?q=f\">二</a><a href=\"/~a%7E/list?id=3&amp;page=2\">三</a>")));
        List<String> paths = List.of("/news/ABC?p=1", "/zt/p-1/p-2/?q=f", "/~a~/list?id=3&page=2");
        for (int i = 0; i < paths.size(); i++) {
            site.serve(paths.get(i), Reply.html(NewsSite.article(1, i + 1, "")));
        }

        CrawlSummary summary = crawl(Crawls.config(data, site.url("/")));

        assertEquals(urls(paths), sink.stored());
        assertEquals(0, summary.errors(), listener.errors.toString());
    }

    @Test
    void aSiteWhosePagesHoldThousandsOfHostileLinksIsCrawledToTheEnd() throws Exception {
        StringBuilder hostile = new StringBuilder();
        for (String href : new HostileUrls(7).hrefs(3_000)) {
            hostile.append("<a href=\"").append(Entities.escape(href)).append("\">链接</a>");
        }
        StringBuilder list = new StringBuilder();
        Set<String> articles = new HashSet<>();
        for (int k = 1; k <= 10; k++) {
            String path = "/news/" + k + ".html";
            list.append("<a href=\"").append(path).append("\">文章</a>");
            site.serve(path, Reply.html(NewsSite.article(1, k, hostile.toString())));
            articles.add(site.url(path));
        }
        site.serve("/", Reply.html(NewsSite.page("首页", list.toString() + hostile)));

        CrawlSummary summary = crawl(Crawls.bounded(Crawls.config(data, site.url("/")), 300, 5));

        assertEquals(articles, sink.stored());
        assertTrue(summary.badLinks() > 1_000, "links that cannot be normalised are counted: " + summary);
        assertEquals(summary.errors(), listener.errors.size(), "every error is a URL of its own, logged");
    }

    @Test
    void aPageWhoseHandlingThrowsFailsAloneWithItsReason() throws Exception {
        List<String> articles = NewsSite.install(site, 1, 4);
        String broken = site.url("/news/1/2.html");
        ArticleExtractor failingOnOnePage = new ArticleExtractor() {
            private final TestExtractor extractor = new TestExtractor();

            @Override
            public Article extract(Document document) {
                if (document.location().equals(broken)) {
                    throw new IllegalStateException("extraction bug\nsecond line");
                }
                return extractor.extract(document);
            }
        };

        CrawlSummary summary = new Crawler(Crawls.config(data, site.url("/")), failingOnOnePage, listener,
                Crawls.FAST).run(sink);

        Set<String> others = articles.stream().map(site::url).filter(url -> !url.equals(broken))
                .collect(Collectors.toSet());
        assertEquals(others, sink.stored());
        assertEquals(1, summary.errors());
        assertEquals("unparsable page (IllegalStateException: extraction bug)", listener.errors.get(broken));
    }
}
