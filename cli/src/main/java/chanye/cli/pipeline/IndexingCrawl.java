package chanye.cli.pipeline;

import chanye.classifier.ArticleClassifier;
import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlLimits;
import chanye.crawler.CrawlSummary;
import chanye.crawler.Crawler;
import chanye.crawler.archive.ResponseArchive;
import chanye.crawler.archive.WarcArchive;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.url.UrlFilter;
import chanye.index.ArticleWriter;
import chanye.index.IndexBackend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import okhttp3.Dns;

/**
 * One crawl into an index (the data directory's own, or a Solr collection), wired end to end: fetch, extract,
 * classify, index. The crawl state lives in the configuration's data directory either way.
 *
 * <p>Ctrl-C (SIGINT) does not lose work: a shutdown hook asks the crawler to stop, which finishes the pages in
 * hand, commits the index and saves the frontier; the hook then holds the JVM until {@link #close()}, so the
 * command can still print its summary and how to resume before the process exits (with 130).
 *
 * <p>With a WARC directory, every response fetched for a page, sitemap or feed is archived there as it arrives
 * ({@link WarcArchive}); the archive is closed with the crawl, also after Ctrl-C or a failure. A failing archive
 * ends the crawl with its error; the index is committed when it is closed.
 */
public final class IndexingCrawl implements AutoCloseable {

    private final ArticleWriter writer;
    private final CrawlProgress progress;
    private final Crawler crawler;
    private final ArticleClassifier classifier;
    private final WarcArchive archive;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread onInterrupt;
    private volatile boolean interrupted;

    /** A crawl of every host in scope that archives nothing. */
    public IndexingCrawl(CrawlConfig config, ArticleClassifier classifier, IndexBackend index, CrawlProgress progress)
            throws IOException {
        this(config, classifier, index, UrlFilter.all(), progress, null);
    }

    /**
     * @param share   the URLs this crawl takes beyond its scope, e.g. its hosts when several workers share the crawl
     * @param warcDir an existing directory to archive the responses in as WARC files, or {@code null} for none
     */
    public IndexingCrawl(CrawlConfig config, ArticleClassifier classifier, IndexBackend index, UrlFilter share,
                         CrawlProgress progress, Path warcDir) throws IOException {
        this.classifier = classifier;
        this.progress = progress;
        this.writer = index.openWriter();
        this.archive = warcDir == null ? null : new WarcArchive(warcDir, config.userAgent());
        this.crawler = new Crawler(config, new ContentExtractor(), progress, CrawlLimits.DEFAULTS,
                Crawler.httpFetcher(config, CrawlLimits.DEFAULTS, Dns.SYSTEM), share,
                archive == null ? ResponseArchive.NONE : archive);
        this.onInterrupt = new Thread(this::stopAndWait, "chanye-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** Runs the crawl to its end, or until Ctrl-C; the index is committed either way. */
    public CrawlSummary run() throws IOException {
        CrawlSummary summary = crawler.run(new IndexingSink(classifier, writer));
        writer.commit();
        return summary;
    }

    /** Whether Ctrl-C stopped the crawl. */
    public boolean interrupted() {
        return interrupted;
    }

    private void stopAndWait() {
        interrupted = true;
        crawler.stop();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        try (writer; archive) {
            progress.close();
        } finally {
            if (!interrupted) {
                removeHook();
            }
            closed.countDown();
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            interrupted = true;
        }
    }
}
