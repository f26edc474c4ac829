package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingListener;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerTest {

    @TempDir
    Path data;
    private SiteServer site;

    @BeforeEach
    void start() throws Exception {
        site = new SiteServer();
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void indexesEveryArticleOnceAndFollowsButDoesNotIndexListPages() throws Exception {
        List<String> articles = NewsSite.install(site, 3, 5);
        RecordingSink sink = new RecordingSink();
        RecordingListener listener = new RecordingListener();

        CrawlSummary summary = new Crawler(Crawls.config(data, site.url("/")), new TestExtractor(), listener,
                Crawls.FAST).run(sink);

        Set<String> expected = articles.stream().map(site::url).collect(Collectors.toSet());
        assertEquals(expected, sink.stored());
        assertEquals(15, summary.articles());
        assertEquals(15, summary.indexed());
        assertEquals(1 + 3 + 15 + 1, summary.fetched(), "front page, lists, articles and the /sitemap.xml probe");
        assertEquals(0, summary.errors(), listener.errors.toString());
        for (String path : articles) {
            assertEquals(1, site.hits(path).size(), "fetched once despite tracking and fragment variants: " + path);
        }
        assertTrue(sink.flushes() >= 1);
    }
}
