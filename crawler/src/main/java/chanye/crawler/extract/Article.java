package chanye.crawler.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the extractor found on one page: the headline, the byline metadata and the body text.
 *
 * <p>Fields the page does not carry are {@code null} rather than guessed. The body holds the article's paragraphs
 * in reading order, one paragraph per line, with navigation, ads, disclaimers and "extended reading" blocks removed.
 *
 * @param url         the page's URL (after redirects), or {@code null} for a file without a known URL
 * @param title       the headline without a site-name suffix; empty when the page has none
 * @param publishTime the publish time; a page without a zone is taken as +08:00; {@code null} when unknown
 * @param source      the 来源 (originating outlet), or {@code null}
 * @param author      the author or reporter, or {@code null}
 * @param body        the article text, paragraphs separated by {@code \n}; empty when there is none
 * @param isArticle   {@code false} for list, index, tag, search and error pages
 * @param publishTimeRelative whether the publish time was printed relative to when the page was seen (刚刚, 3小时前,
 *                    昨天 10:20) and resolved against that moment: a fetch time or a file's time, so good to the
 *                    minute at best
 * @param problems    what was wrong with the page though it was read, one line each, for a crawl to count and log
 *                    under the article's URL: a WeChat article whose content element is empty, a later page of the
 *                    article that failed (named with its URL), a pager that loops or never ends; empty when none
 */
public record Article(String url, String title, OffsetDateTime publishTime, String source, String author,
                      String body, boolean isArticle, boolean publishTimeRelative, List<String> problems) {

    public Article {
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An article whose publish time, if any, the page gives as such, read without problems. */
    public Article(String url, String title, OffsetDateTime publishTime, String source, String author, String body,
                   boolean isArticle) {
        this(url, title, publishTime, source, author, body, isArticle, false, List.of());
    }

    /**
     * This article with another body and the problems met while reading it, as when the pages of an article are
     * joined.
     */
    public Article withBody(String joinedBody, List<String> allProblems) {
        return new Article(url, title, publishTime, source, author, joinedBody, isArticle, publishTimeRelative,
                allProblems);
    }
}
