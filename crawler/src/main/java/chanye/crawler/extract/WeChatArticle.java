package chanye.crawler.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a WeChat public-account article (mp.weixin.qq.com) says about itself outside its byline: the account that
 * published it, which is its source, and the author, which the page prints without a label. The page is told by its
 * address, or for a saved file by the article element {@code #js_content} beside the account name {@code #js_name}.
 */
final class WeChatArticle {

    private static final String HOST = "mp.weixin.qq.com";
    private static final String CONTENT_ID = "js_content";
    private static final String ACCOUNT_ID = "js_name";

    /** The ids of the elements that tell a saved WeChat article: its content and its account's name. */
    static final Set<String> MARKER_IDS = Set.of(CONTENT_ID, ACCOUNT_ID);

    private WeChatArticle() {
    }

    /**
     * Whether the page is a WeChat article: by its address, or by its content and account elements, which the walk of
     * its text notes ({@link PageText#withId}).
     */
    static boolean matches(Document document, PageText page) {
        return HOST.equals(host(document.location()))
                || page.withId(CONTENT_ID) != null && page.withId(ACCOUNT_ID) != null;
    }

    /** Whether the page is a WeChat article whose content element is there but holds no text. */
    static boolean hasEmptyContent(Document document, PageText page) {
        Element content = document.getElementById(CONTENT_ID);
        return content != null && content.text().isBlank() && matches(document, page);
    }

    /** The account's name: the script's {@code nickname}, else the text of {@code #js_name}; or {@code null}. */
    static String account(Document document) {
        String nickname = ScriptVariables.string(document, "nickname");
        return nickname != null ? nickname : text(document.getElementById(ACCOUNT_ID));
    }

    /** The author the page names: its {@code author} meta tag, else {@code #js_author_name}; or {@code null}. */
    static String author(Document document) {
        Element meta = document.selectFirst("meta[name=author]");
        String author = meta == null ? null : meta.attr("content").strip();
        return author != null && !author.isEmpty() ? author : text(document.getElementById("js_author_name"));
    }

    private static String text(Element element) {
        String text = element == null ? "" : element.text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String host(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
