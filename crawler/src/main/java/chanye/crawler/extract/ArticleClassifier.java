package chanye.crawler.extract;

import java.util.List;
import java.util.Locale;

/**
 * Tells articles from list, index, tag, search and error pages: an article has running text, its container is not a
 * list of headlines each with a teaser, and a short text among many links needs a confirmed headline to count (an
 * index page's lede has none).
 */
final class ArticleClassifier {

    private static final int MIN_BODY_CHARS = 50;
    private static final int MIN_LIST_LINKS = 5;
    private static final int SHORT_BODY_CHARS = 300;
    private static final int MANY_LINK_LINES = 20;
    private static final int MAX_ERROR_PAGE_CHARS = 500;
    private static final List<String> ERROR_SIGNS = List.of("404", "页面不存在", "页面未找到", "找不到", "无法找到",
            "出错了", "已被删除", "已删除", "不存在或已", "not found", "page not found", "error");

    private ArticleClassifier() {
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
            String lower = title.toLowerCase(Locale.ROOT);
            for (String sign : ERROR_SIGNS) {
                if (lower.contains(sign)) {
                    return true;
                }
            }
        }
        return false;
    }
}
