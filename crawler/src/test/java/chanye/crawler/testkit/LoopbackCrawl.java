package chanye.crawler.testkit;

import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlLimits;
import chanye.crawler.CrawlSummary;
import chanye.crawler.Crawler;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of a test that crawls a loopback site: a fresh site and data directory per test, a sink that behaves
 * like an index, a listener that remembers what it hears, and the stand-in extractor.
 */
public abstract class LoopbackCrawl {

    @TempDir
    protected Path data;
    protected SiteServer site;
    protected final RecordingSink sink = new RecordingSink();
    protected final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startSite() throws Exception {
        site = new SiteServer();
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    /** Crawls with short timeouts and quick retries. */
    protected CrawlSummary crawl(CrawlConfig config) throws Exception {
        return crawl(config, Crawls.FAST);
    }

    /** Crawls with the given limits. */
    protected CrawlSummary crawl(CrawlConfig config, CrawlLimits limits) throws Exception {
        return new Crawler(config, new TestExtractor(), listener, limits).run(sink);
    }

    /** The absolute URLs of paths on the site. */
    protected Set<String> urls(Collection<String> paths) {
        return paths.stream().map(site::url).collect(Collectors.toSet());
    }
}
