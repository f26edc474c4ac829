package chanye.crawler;

import chanye.crawler.archive.ResponseArchive;
import chanye.crawler.fetch.FetchException;
import chanye.crawler.fetch.FetchRequest;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.fetch.Fetcher;
import chanye.crawler.fetch.RedirectRefusedException;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import chanye.crawler.paging.ArticlePages;
import chanye.crawler.paging.JoinedArticle;
import chanye.crawler.paging.PageUnavailableException;
import chanye.crawler.url.UrlNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Reads the later pages of an article in a crawl ({@link ArticlePages}), each fetched in the host's turn
 * ({@link HostTurn}) after a robots.txt check, archived and counted as fetched like any page; their failures become the
 * article's problems rather than errors of their own.
 */
final class LaterPages {

    private final ArticlePages pages;
    private final Fetcher fetcher;
    private final ResponseArchive archive;
    private final UrlNormalizer normalizer;
    private final Counters counters;
    private final CrawlListener listener;
    private final Predicate<String> isHtml;

    LaterPages(ArticlePages pages, Fetcher fetcher, ResponseArchive archive, UrlNormalizer normalizer,
               Counters counters, CrawlListener listener, Predicate<String> isHtml) {
        this.pages = pages;
        this.fetcher = fetcher;
        this.archive = archive;
        this.normalizer = normalizer;
        this.counters = counters;
        this.listener = listener;
        this.isHtml = isHtml;
    }

    /**
     * The article of the first page with its later pages, when it has a pager.
     *
     * @throws IOException when the archive cannot keep a later page's response, which ends the run
     */
    JoinedArticle follow(ParsedPage first, HostTurn turn) throws IOException {
        try {
            return pages.follow(first, url -> fetch(url, turn));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RawPage fetch(String url, HostTurn turn) throws PageUnavailableException {
        String normal = normalizer.normalize(url);
        if (normal == null) {
            throw new PageUnavailableException("not a URL the crawl can fetch");
        }
        if (!turn.rules().allows(normal)) {
            throw new PageUnavailableException("disallowed by robots.txt");
        }
        FetchResponse response = fetchInTurn(normal, turn);
        try {
            archive.keep(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counters.fetched.increment();
        listener.fetched(normal, response.status());
        if (response.status() < 200 || response.status() >= 300) {
            throw new PageUnavailableException("HTTP " + response.status());
        }
        if (response.body() == null) {
            throw new PageUnavailableException("not HTML (" + (response.mediaType().isEmpty() ? "no type"
                    : response.mediaType()) + ")");
        }
        return new RawPage(response.finalUrl(), response.body(), response.contentType(), Instant.now());
    }

    private FetchResponse fetchInTurn(String url, HostTurn turn) throws PageUnavailableException {
        try {
            if (!turn.take()) {
                throw new PageUnavailableException("its host is not available in this run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageUnavailableException("interrupted");
        }
        try {
            return fetcher.fetch(new FetchRequest(url, null, isHtml, turn.mayRedirectTo()));
        } catch (RedirectRefusedException e) {
            throw new PageUnavailableException("redirect to " + e.target() + " disallowed by robots.txt");
        } catch (FetchException e) {
            throw new PageUnavailableException(e.getMessage());
        } finally {
            turn.giveBack();
        }
    }
}
