package chanye.crawler.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Decides which elements hidden by their inline style to read as content: those a page's script shows once it has
 * run, such as a WeChat article's {@code #js_content} under {@code visibility: hidden}, or text kept at
 * {@code opacity: 0} until its fonts load.
 *
 * <p>Such an element is lifted only when it would be the page's main text: the page shows no article without it, or
 * its class or id names content ({@code rich_media_content}, {@code article-text}) and it holds three times the
 * text of the article shown; and it holds some text, and its class and id do not name boilerplate. Menus, share
 * widgets and dialogs hidden for good stay out beside a visible article, and where there is none they are short,
 * named as boilerplate, or made of links that the body locator passes over anyway.
 */
final class ConcealedContent {

    private static final int MIN_CHARS = 100;
    private static final int MAIN_TEXT_RATIO = 3;

    private ConcealedContent() {
    }

    /**
     * The concealed elements worth reading as visible, or an empty list.
     *
     * @param concealed the elements the walk left out for their inline style ({@link PageText#concealed()})
     * @param visible   the article read without them
     */
    static List<Element> toLift(List<Element> concealed, Article visible) {
        List<Element> lifted = new ArrayList<>();
        int bodyChars = visible.isArticle() ? visible.body().length() : 0;
        for (Element element : concealed) {
            if (BoilerplateNames.isBoilerplate(element)
                    || bodyChars > 0 && !BoilerplateNames.namesContent(element)) {
                continue;
            }
            int chars = textChars(element);
            if (chars >= MIN_CHARS && (bodyChars == 0 || chars > MAIN_TEXT_RATIO * bodyChars)) {
                lifted.add(element);
            }
        }
        return lifted;
    }

    /** Non-whitespace characters of the element's text. */
    private static int textChars(Element element) {
        String text = element.text();
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            chars += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
        }
        return chars;
    }
}
