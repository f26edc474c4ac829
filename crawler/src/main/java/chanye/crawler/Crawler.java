package chanye.crawler;

import chanye.crawler.extract.ArticleExtractor;
import java.io.IOException;
import java.util.Objects;

/**
 * A polite, resumable batch crawler: fetches from the seeds, follows links within scope, extracts each article
 * and hands it to a sink, keeping its frontier and seen set under the configured data directory.
 */
public final class Crawler {

    private final CrawlConfig config;
    private final ArticleExtractor extractor;
    private final CrawlListener listener;

    public Crawler(CrawlConfig config, ArticleExtractor extractor, CrawlListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs the crawl until the frontier is empty, {@code maxPages} is reached or {@link #stop()} is called.
     *
     * @throws CrawlStateException when the state under the data directory is in use by another crawl or unreadable
     */
    public CrawlSummary run(ArticleSink sink) throws IOException {
        throw new UnsupportedOperationException("the crawler lands with issue 3");
    }

    /** Asks a running crawl to finish the pages in hand, save its state and return from {@link #run}. */
    public void stop() {
        throw new UnsupportedOperationException("the crawler lands with issue 3");
    }
}
