package chanye.crawler.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;

/**
 * Reads sitemaps, sitemap indexes and RSS/Atom feeds with crawler-commons' {@link SiteMapParser}, which knows all
 * of these formats (and gzipped and plain-text sitemaps).
 */
public final class SitemapReader {

    /**
     * What a sitemap or feed lists.
     *
     * @param pages    page URLs (a sitemap's {@code <loc>}, a feed's item links)
     * @param sitemaps nested sitemaps of a sitemap index
     */
    public record Listing(List<String> pages, List<String> sitemaps) {

        public Listing {
            pages = List.copyOf(pages);
            sitemaps = List.copyOf(sitemaps);
        }
    }

    /**
     * Parses one document.
     *
     * @param url         where it was fetched from
     * @param contentType its Content-Type header, or {@code null}
     * @param body        its raw bytes
     * @throws IOException naming the URL when the bytes are no sitemap or feed
     */
    public Listing read(String url, String contentType, byte[] body) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType, body, toUrl(url));
            if (map instanceof SiteMapIndex index) {
                return new Listing(List.of(), index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList());
            }
            if (map instanceof SiteMap siteMap) {
                return new Listing(siteMap.getSiteMapUrls().stream().map(SiteMapURL::getUrl).map(URL::toString)
                        .toList(), List.of());
            }
            return new Listing(List.of(), List.of());
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap or feed: " + e.getMessage(), e);
        }
    }

    private static URL toUrl(String url) throws IOException {
        try {
            return URI.create(url).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IOException("bad sitemap URL " + url, e);
        }
    }
}
