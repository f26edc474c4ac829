package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import chanye.crawler.url.HostPartition;
import chanye.crawler.url.UrlKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two crawlers share one crawl by host: together they hand over every article, and no host is crawled by both.
 * (The three sites carry the same generated articles, so the check is on what reached the sink, not on what a
 * content-deduplicating index would keep.)
 */
class PartitionedCrawlTest {

    @TempDir
    Path data;

    @Test
    void twoPartitionsCoverTheCrawlWithoutOverlap() throws Exception {
        try (SiteServer a = new SiteServer(); SiteServer b = new SiteServer(); SiteServer c = new SiteServer()) {
            Set<String> every = new HashSet<>();
            for (SiteServer s : List.of(a, b, c)) {
                NewsSite.install(s, 1, 3).forEach(p -> every.add(s.url(p)));
            }
            List<Set<String>> stored = new ArrayList<>();
            long diverted = 0;
            for (int i = 0; i < 2; i++) {
                CrawlConfig config = Crawls.config(data.resolve("part" + i), a.url("/"), b.url("/"), c.url("/"));
                RecordingSink sink = new RecordingSink();
                CrawlSummary summary = new Crawler(config, new TestExtractor(), CrawlListener.NONE, Crawls.FAST,
                        Crawler.httpFetcher(config, Crawls.FAST, Dns.SYSTEM), new HostPartition(i, 2))
                        .run(sink);
                HostPartition partition = new HostPartition(i, 2);
                assertEquals(Stream.of(a, b, c).filter(s -> !partition.accept(s.url("/"), 0)).count(),
                        summary.diverted(), "the other partition's seeds, each once");
                diverted += summary.diverted();
                Set<String> handed = sink.accepted().stream().map(CrawledArticle::url).collect(Collectors.toSet());
                stored.add(handed);
                HostPartition mine = new HostPartition(i, 2);
                assertTrue(handed.stream().allMatch(u -> mine.accept(u, 1)), handed.toString());
            }
            assertEquals(every, Stream.concat(stored.get(0).stream(), stored.get(1).stream())
                    .collect(Collectors.toSet()));
            assertTrue(stored.get(0).stream().noneMatch(stored.get(1)::contains));
            assertEquals(3, diverted, "every seed is diverted by the partition that does not take it");
            for (SiteServer s : List.of(a, b, c)) {
                assertEquals(1, s.hits("/").size(), "crawled by one partition only: " + UrlKeys.queueKey(s.url("/")));
                assertTrue(s.hits("/sitemap.xml").size() <= 1, "its sitemap is probed by its own partition only");
            }
        }
    }
}
