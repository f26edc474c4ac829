package chanye.crawler.testkit;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stand-in extractor so crawler tests do not depend on the real one: a page is an article when it has an
 * {@code <article>} or {@code .content} element, whose text is the body.
 */
public final class TestExtractor implements ArticleExtractor {

    @Override
    public Article extract(Document document) {
        Element body = document.selectFirst("article, .content");
        String url = document.location().isEmpty() ? null : document.location();
        if (body == null) {
            return new Article(url, document.title(), null, null, null, "", false);
        }
        return new Article(url, document.title(), null, null, null, body.text(), true);
    }
}
