package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlLimits;
import chanye.crawler.Crawler;
import chanye.crawler.fetch.FetchException;
import chanye.crawler.fetch.FetchRequest;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.fetch.Fetcher;
import chanye.crawler.page.RawPage;
import chanye.crawler.paging.PageUnavailableException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * Fetches single pages for {@code chanye extract URL}, and the later pages of its article, with the crawler's own
 * fetcher, so the same bounds apply: timeouts, the body cap, bounded redirects, http(s) only, and no detour to an
 * inward address.
 */
final class PageFetcher {

    private PageFetcher() {
    }

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Whether a page of this media type may be HTML: an HTML or text type, or none given. */
    private static boolean isHtmlOrText(String mediaType) {
        return mediaType.isEmpty() || mediaType.startsWith("text/") || mediaType.endsWith("xhtml+xml");
    }

    /** The page at {@code url}; a failure or an HTTP error status is a {@link UserException} naming the URL. */
    static FetchResponse fetch(String url) {
        Fetcher fetcher = fetcherFor(url);
        try {
            return fetch(fetcher, url);
        } catch (PageUnavailableException e) {
            throw UserException.failure(url + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * A later page of an article, for {@link chanye.crawler.paging.ArticlePages}: fetched like {@link #fetch}, dated
     * when it was fetched.
     *
     * @throws PageUnavailableException when it cannot be had, with the reason
     */
    static RawPage laterPage(String url) throws PageUnavailableException {
        Fetcher fetcher;
        try {
            fetcher = fetcherFor(url);
        } catch (UserException e) {
            throw new PageUnavailableException("not a valid URL");
        }
        Instant fetchedAt = Instant.now();
        FetchResponse response = fetch(fetcher, url);
        return new RawPage(response.finalUrl(), response.body(), response.contentType(), fetchedAt);
    }

    private static Fetcher fetcherFor(String url) {
        if (HttpUrl.parse(url) == null) {
            throw UserException.usage(url + ": not a valid URL");
        }
        CrawlConfig config = CrawlConfig.builder(Path.of(".")).seeds(url).build();
        try {
            return Crawler.httpFetcher(config, CrawlLimits.DEFAULTS, Dns.SYSTEM);
        } catch (IllegalArgumentException e) {
            throw UserException.usage(url + ": not a valid URL");
        }
    }

    private static FetchResponse fetch(Fetcher fetcher, String url) throws PageUnavailableException {
        try {
            FetchResponse response = fetcher.fetch(new FetchRequest(url, null, mediaType -> true));
            if (response.status() >= 400) {
                throw new PageUnavailableException("HTTP " + response.status());
            }
            if (!isHtmlOrText(response.mediaType())) {
                throw new PageUnavailableException("not HTML (" + response.mediaType() + ")");
            }
            return response;
        } catch (FetchException e) {
            throw new PageUnavailableException(e.getMessage(), e);
        }
    }
}
