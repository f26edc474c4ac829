package chanye.crawler.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells articles from list, index, tag, search and error pages: an article has running text, its container is not a
 * list of headlines each with a teaser, and a short text among many links needs a confirmed headline to count (an
 * index page's lede has none).
 */
final class ArticleDetector {

    private static final int MIN_BODY_CHARS = 50;
    private static final int MIN_LIST_LINKS = 5;
    private static final int SHORT_BODY_CHARS = 300;
    private static final int MANY_LINK_LINES = 20;
    private static final int MAX_ERROR_PAGE_CHARS = 500;
    private static final List<String> ERROR_PHRASES = List.of("页面不存在", "页面未找到", "找不到页面", "找不到该页面",
            "无法找到该页", "出错了", "出错啦", "已被删除", "不存在或已", "404错误");
    private static final Pattern ERROR_WORDS = Pattern.compile("(?:^|\\s)404(?:\\s|$)|\\bnot found\\b|\\berror\\b",
            Pattern.CASE_INSENSITIVE);

    private ArticleDetector() {
    }

    /**
     * Whether the page is an article.
     *
     * @param titles            the headline and the page's {@code <title>}
     * @param headlineConfirmed whether a heading and the declared title agree on the headline
     * @param pageLinkLines     the link lines of the whole page
     * @param body              the assembled body
     */
    static boolean isArticle(List<String> titles, boolean headlineConfirmed, int pageLinkLines, Body body) {
        if (body.chars() < MIN_BODY_CHARS) {
            return false;
        }
        if (!headlineConfirmed && body.chars() < SHORT_BODY_CHARS && pageLinkLines >= MANY_LINK_LINES) {
            return false;
        }
        if (body.headlineLinks() >= MIN_LIST_LINKS && body.headlineLinks() * 2 >= body.proseLines()) {
            return false;
        }
        return body.chars() >= MAX_ERROR_PAGE_CHARS || !looksLikeError(titles);
    }

    private static boolean looksLikeError(List<String> titles) {
        for (String title : titles) {
            if (ERROR_WORDS.matcher(title).find()) {
                return true;
            }
            for (String phrase : ERROR_PHRASES) {
                if (title.contains(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
