package chanye.crawler.paging;

import chanye.crawler.extract.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article read from all its pages.
 *
 * @param article    the first page's article with the text of every page read, in order, and the problems met
 *                   ({@link Article#problems()})
 * @param pages      the URLs of the pages read, the first page's first
 * @param pagerLinks every URL the pagers gave for a page of this article, read or not: the crawl keeps these out of
 *                   its queue, so that no later page is indexed on its own
 */
public record JoinedArticle(Article article, List<String> pages, List<String> pagerLinks) {

    public JoinedArticle {
        Objects.requireNonNull(article, "article");
        pages = List.copyOf(pages);
        pagerLinks = List.copyOf(pagerLinks);
    }
}
