package chanye.crawler.page;

import chanye.crawler.discover.PageLinks;
import chanye.crawler.extract.Article;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * What a page was made into.
 *
 * @param document the parsed page, its location the page URL
 * @param links    its links, canonical URL and robots directives
 * @param article  the article found in it (or not: {@link Article#isArticle()})
 */
public record ParsedPage(Document document, PageLinks links, Article article) {

    public ParsedPage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(article, "article");
    }
}
