package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.LoopbackCrawl;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingListener;
import chanye.crawler.testkit.Reply;
import chanye.crawler.testkit.TestExtractor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages deleted at the source leave the index: a 404 or 410 in two runs removes the article, a blip does not. */
class GonePagesTest extends LoopbackCrawl {

    private List<String> articles;

    @BeforeEach
    void install() {
        articles = NewsSite.install(site, 2, 4);
    }

    private CrawlSummary crawl(RecordingListener listener) throws Exception {
        return new Crawler(Crawls.config(data, site.url("/")), new TestExtractor(), listener, Crawls.FAST).run(sink);
    }

    @Test
    void anArticleThatAnswers404Or410InTwoRunsIsRemovedAndOneBlipIsNot() throws Exception {
        crawl(new RecordingListener());
        String deleted = articles.get(1);
        String expired = articles.get(2);
        String blip = articles.get(3);
        site.serve(deleted, Reply.status(404)).serve(expired, Reply.status(410)).serve(blip, Reply.status(404));

        RecordingListener second = new RecordingListener();
        CrawlSummary secondRun = crawl(second);

        assertEquals(0, secondRun.removed());
        assertEquals(3, secondRun.errors());
        assertTrue(second.errors.get(site.url(deleted)).startsWith("HTTP 404 (its article stays indexed"),
                second.errors.toString());
        assertTrue(sink.stored().contains(site.url(deleted)) && sink.stored().contains(site.url(expired)));

        site.serve(blip, Reply.html(NewsSite.article(1, 4, "")));
        RecordingListener third = new RecordingListener();
        CrawlSummary thirdRun = crawl(third);

        assertEquals(2, thirdRun.removed());
        assertEquals(0, thirdRun.errors(), third.errors.toString());
        assertEquals(List.of(site.url(deleted) + " HTTP 404 in two runs", site.url(expired) + " HTTP 410 in two runs"),
                third.removed.stream().sorted().toList());
        assertFalse(sink.stored().contains(site.url(deleted)) || sink.stored().contains(site.url(expired)));

        site.serve(blip, Reply.status(404));
        CrawlSummary fourthRun = crawl(new RecordingListener());

        assertEquals(0, fourthRun.removed(), "a 404 after a page came back counts from one again");
        assertTrue(sink.stored().contains(site.url(blip)));
    }

    @Test
    void aGoneArticleIsRemovedUnderTheCanonicalUrlItWasIndexedUnder() throws Exception {
        String page = articles.get(0);
        site.serve(page, Reply.html(NewsSite.article(1, 1, "<link rel=\"canonical\" href=\"/a/canonical.html\">")));
        crawl(new RecordingListener());
        assertTrue(sink.stored().contains(site.url("/a/canonical.html")), sink.stored().toString());

        site.serve(page, Reply.status(410));
        crawl(new RecordingListener());
        CrawlSummary third = crawl(new RecordingListener());

        assertEquals(1, third.removed());
        assertFalse(sink.stored().contains(site.url("/a/canonical.html")));
    }
}
