package chanye.crawler.extract;

import org.jsoup.nodes.Document;

/**
 * Finds the article in a parsed page.
 *
 * <p>Implementations are thread-safe and never throw on odd HTML: a page with no article gives an {@link Article}
 * whose {@code isArticle} is {@code false}. The document's {@link Document#location()} is taken as the page URL.
 */
public interface ArticleExtractor {

    /**
     * Extracts the article from a parsed page.
     *
     * @param document the page, parsed by jsoup with its base URI set to the page URL (may be empty)
     * @return the article; never {@code null}
     */
    Article extract(Document document);
}
