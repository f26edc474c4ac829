package chanye.crawler.state;

import java.util.Objects;

/**
 * A page that answered 404 or 410 and whose article is still in the index.
 *
 * @param url      the page's URL as crawled
 * @param document the URL its document is indexed under (the page's own, or its canonical URL)
 */
public record GonePage(String url, String document) {

    public GonePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(document, "document");
    }
}
