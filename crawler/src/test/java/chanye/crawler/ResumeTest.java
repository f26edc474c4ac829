package chanye.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.state.CrawlStore;
import chanye.crawler.testkit.Crawls;
import chanye.crawler.testkit.NewsSite;
import chanye.crawler.testkit.RecordingListener;
import chanye.crawler.testkit.RecordingSink;
import chanye.crawler.testkit.SiteServer;
import chanye.crawler.testkit.TestExtractor;
import chanye.crawler.url.UrlFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A crawl stopped or crashed mid-way and resumed ends with the documents of an uninterrupted crawl. */
class ResumeTest {

    @TempDir
    Path data;
    private SiteServer site;
    private Set<String> everyArticle;

    /** What a killed process does at the worst moment: dies inside the sink, with work not yet flushed. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    /** A sink that crashes the crawl at its n-th article. */
    private static final class CrashingSink implements ArticleSink {
        private final RecordingSink store;
        private final int crashAt;
        private final AtomicInteger seen = new AtomicInteger();

        CrashingSink(RecordingSink store, int crashAt) {
            this.store = store;
            this.crashAt = crashAt;
        }

        @Override
        public Outcome accept(CrawledArticle article) {
            if (seen.incrementAndGet() == crashAt) {
                throw new SimulatedCrash();
            }
            return store.accept(article);
        }

        @Override
        public boolean remove(String url) {
            return store.remove(url);
        }

        @Override
        public void flush() {
            store.flush();
        }
    }

    @BeforeEach
    void start() throws Exception {
        site = new SiteServer();
        List<String> paths = NewsSite.install(site, 4, 10);
        everyArticle = paths.stream().map(site::url).collect(Collectors.toSet());
    }

    @AfterEach
    void close() {
        site.close();
    }

    private CrawlConfig config() {
        return Crawls.config(data, site.url("/"));
    }

    @Test
    void anUninterruptedCrawlIsTheReference() throws Exception {
        RecordingSink sink = new RecordingSink();
        new Crawler(config(), new TestExtractor(), CrawlListener.NONE, Crawls.FAST).run(sink);
        assertEquals(everyArticle, sink.stored());
    }

    @Test
    void stopFinishesThePagesInHandAndResumeFetchesNothingTwice() throws Exception {
        RecordingSink sink = new RecordingSink();
        AtomicReference<Crawler> running = new AtomicReference<>();
        AtomicInteger articles = new AtomicInteger();
        RecordingListener listener = new RecordingListener().onArticle(url -> {
            if (articles.incrementAndGet() == 8) {
                running.get().stop();
            }
        });
        Crawler first = new Crawler(config(), new TestExtractor(), listener, Crawls.FAST);
        running.set(first);

        CrawlSummary stopped = first.run(sink);

        assertTrue(stopped.indexed() < everyArticle.size(), "stopped early: " + stopped);
        assertEquals(stopped.indexed(), sink.stored().size(), "everything indexed before the stop was flushed");

        CrawlSummary resumed = new Crawler(Crawls.resuming(config()), new TestExtractor(), CrawlListener.NONE,
                Crawls.FAST).run(sink);

        assertEquals(everyArticle, sink.stored());
        assertEquals(everyArticle.size(), stopped.indexed() + resumed.indexed());
        for (String url : everyArticle) {
            assertEquals(1, site.hits(url.substring(site.origin().length())).size(), "fetched once: " + url);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 23, 40})
    void aCrashLosesNothingThatResumeCannotRecover(int crashAt) throws Exception {
        RecordingSink index = new RecordingSink();
        assertThrows(SimulatedCrash.class, () -> new Crawler(config(), new TestExtractor(), CrawlListener.NONE,
                Crawls.FAST).run(new CrashingSink(index, crashAt)));
        index.crash();
        int survived = index.stored().size();

        CrawlSummary resumed = new Crawler(Crawls.resuming(config()), new TestExtractor(), CrawlListener.NONE,
                Crawls.FAST).run(index);

        assertEquals(everyArticle, index.stored());
        assertEquals(everyArticle.size() - survived, resumed.indexed(), "only what the crash lost is indexed again");
    }

    @Test
    void aResumedRunGivenNoSeedsKeepsTheScopeOfTheRunItResumes() throws Exception {
        RecordingSink sink = new RecordingSink();
        new Crawler(Crawls.bounded(config(), 3, 5), new TestExtractor(), CrawlListener.NONE, Crawls.FAST).run(sink);
        assertEquals(List.of(site.url("/")), CrawlStore.savedSeeds(data));
        CrawlConfig noSeeds = Crawls.resuming(Crawls.config(data));
        CrawlConfig saved = noSeeds.toBuilder().seeds(CrawlStore.savedSeeds(data)).build();

        new Crawler(noSeeds, new TestExtractor(), CrawlListener.NONE, Crawls.FAST,
                Crawler.httpFetcher(saved, Crawls.FAST, Dns.SYSTEM), UrlFilter.all()).run(sink);

        assertEquals(everyArticle, sink.stored());
    }

    @Test
    void aResumeWithANarrowerScopeLeavesOutPagesQueuedBefore() throws Exception {
        RecordingSink sink = new RecordingSink();
        new Crawler(Crawls.bounded(config(), 3, 5), new TestExtractor(), CrawlListener.NONE, Crawls.FAST).run(sink);
        CrawlConfig narrower = Crawls.resuming(Crawls.config(data)).toBuilder().excludes(List.of(".*/news/1/.*"))
                .build();

        new Crawler(narrower, new TestExtractor(), CrawlListener.NONE, Crawls.FAST,
                Crawler.httpFetcher(config(), Crawls.FAST, Dns.SYSTEM), UrlFilter.all()).run(sink);

        assertTrue(site.hits().stream().noneMatch(hit -> hit.path().matches("/news/1/.*")), site.hits().toString());
        assertEquals(everyArticle.stream().filter(url -> !url.matches(".*/news/1/.*")).collect(Collectors.toSet()),
                sink.stored());
    }

    @Test
    void resumingWithoutEarlierStateStartsFromTheSeeds() throws Exception {
        RecordingSink sink = new RecordingSink();
        new Crawler(Crawls.resuming(config()), new TestExtractor(), CrawlListener.NONE, Crawls.FAST).run(sink);
        assertEquals(everyArticle, sink.stored());
    }
}
