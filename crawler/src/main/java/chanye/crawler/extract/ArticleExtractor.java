package chanye.crawler.extract;

import java.time.Instant;

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

    /**
     * Extracts the article from a parsed page seen at a known moment, against which a relative byline (刚刚,
     * 3小时前, 昨天 10:20) is resolved and marked {@link Article#publishTimeRelative()}.
     *
     * <p>The default ignores the moment, as an extractor that reads no relative times may.
     *
     * @param document  the page, parsed by jsoup with its base URI set to the page URL (may be empty)
     * @param reference when the page was fetched, or a saved file's modification time; {@code null} when unknown
     * @return the article; never {@code null}
     */
    default Article extract(Document document, Instant reference) {
        return extract(document);
    }
}
