package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlLimits;
import chanye.crawler.Crawler;
import chanye.crawler.fetch.FetchException;
import chanye.crawler.fetch.FetchRequest;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.fetch.Fetcher;
import java.nio.file.Path;
import java.util.Locale;
import okhttp3.Dns;

/**
 * Fetches single pages for {@code chanye extract URL} with the crawler's own fetcher, so the same bounds apply:
 * timeouts, the body cap, bounded redirects, http(s) only, and no detour to an inward address.
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
        CrawlConfig config = CrawlConfig.builder(Path.of(".")).seeds(url).build();
        Fetcher fetcher;
        try {
            fetcher = Crawler.httpFetcher(config, CrawlLimits.DEFAULTS, Dns.SYSTEM);
        } catch (IllegalArgumentException e) {
            throw UserException.usage(url + ": not a valid URL");
        }
        try {
            FetchResponse response = fetcher.fetch(new FetchRequest(url, null, mediaType -> true));
            if (response.status() >= 400) {
                throw UserException.failure(url + ": HTTP " + response.status(), null);
            }
            if (!isHtmlOrText(response.mediaType())) {
                throw UserException.failure(url + ": not HTML (" + response.mediaType() + ")", null);
            }
            return response;
        } catch (FetchException e) {
            throw UserException.failure(url + ": " + e.getMessage(), e);
        }
    }
}
