package chanye.crawler.discover;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A first look at a link's text, before it is built to be matched: whether its text nodes hold no more characters
 * that show than a bound, and none outside the set a pattern's texts are made of. A pager's text (下一页, 2, next) is
 * short and made of few characters, while a site's menu links (首页, 产业新闻) are short too. {@link Element#text()}
 * keeps every character of the text nodes that shows (it drops zero-width spaces and soft hyphens, and makes white
 * space one space), so a link that fails this look cannot have a text the pattern matches: its text is neither built
 * nor matched.
 */
public final class LinkText implements NodeFilter {

    private final int bound;
    private final String characters;
    private int shown;
    private boolean other;

    private LinkText(int bound, String characters) {
        this.bound = bound;
        this.characters = characters;
    }

    /**
     * Whether the text of {@code link} may be one of a pattern's texts.
     *
     * @param maxShown   the most characters that show (not white space to jsoup's text() or String.strip(), nor a
     *                   zero-width space or a soft hyphen) in a text the pattern matches
     * @param characters every character that shows that a text the pattern matches may hold
     */
    public static boolean mayBe(Element link, int maxShown, String characters) {
        LinkText look = new LinkText(maxShown, characters);
        NodeTraversor.filter(look, link);
        return look.shown <= maxShown && !look.other;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String whole = text.getWholeText();
            for (int i = 0; i < whole.length() && shown <= bound && !other; i++) {
                char c = whole.charAt(i);
                if (shows(c)) {
                    shown++;
                    other = characters.indexOf(c) < 0;
                }
            }
        }
        return shown <= bound && !other ? FilterResult.CONTINUE : FilterResult.STOP;
    }

    /** Not white space to jsoup's text() or to String.strip(), nor a zero-width space or a soft hyphen. */
    private static boolean shows(char c) {
        return !isSpace(c) && c != '\u200B' && c != '\u00AD';
    }

    /** White space, or a control character, to jsoup's text(), String.strip() or a pattern's {@code \s}. */
    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c);
    }
}
