package chanye.crawler;

import chanye.crawler.extract.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * An article the crawler fetched, with where and when it came from.
 *
 * @param url       the document's URL: the final URL after redirects, or the canonical URL
 * @param site      the URL's host, lower-case
 * @param fetchedAt when the page was fetched
 * @param article   what the extractor found
 */
public record CrawledArticle(String url, String site, Instant fetchedAt, Article article) {

    public CrawledArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(article, "article");
    }
}
