package chanye.crawler.discover;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Resolves the {@code href} of a page's links to absolute URLs, exactly as jsoup's {@link Element#absUrl} does, but
 * without its cost for the most common link of a news site: a path from the root ({@code /news/2024/a1.html}).
 *
 * <p>jsoup parses the base URL again for every link and builds three {@link java.net.URL}s per link, about as much
 * work as the rest of reading a page's links. A plain root path resolves to the base's origin followed by the path,
 * so this resolver asks jsoup once per base for that origin (the resolution of {@code /}) and appends the path. Only
 * paths that {@link java.net.URL} and jsoup leave untouched take that way: no second slash at the start (a
 * protocol-relative URL), no dot segment, no fragment, no white space or control character, only the characters a
 * URL path and query may hold. A {@code javascript:} link, common on news sites, resolves to itself as jsoup gives it
 * (less control characters), without the two failed {@link java.net.URL}s and the search for a handler of the scheme
 * that jsoup's way costs. Every other link goes through {@link Element#absUrl}. Not thread-safe: one per page.
 */
final class LinkResolver {

    /** A root path of plain URL characters; dot segments and a second leading slash are ruled out separately. */
    private static final Pattern PLAIN_ROOT_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    /** A scheme no {@link java.net.URL} can open, so jsoup keeps such a link as it stands. */
    private static final String SCRIPT_SCHEME = "javascript:";

    private String base;
    /** The resolution of {@code /} against {@link #base} without its last slash, or null where it has none. */
    private String origin;

    /** The absolute URL of the element's {@code href}, or an empty string when there is none. */
    String resolve(Element link) {
        String href = link.attr("href");
        String script = scriptLink(href);
        if (script != null) {
            return script;
        }
        if (!isPlainRootPath(href)) {
            return link.absUrl("href");
        }
        String elementBase = link.baseUri();
        if (!elementBase.equals(base)) {
            base = elementBase;
            String root = new Element(Tag.valueOf("a"), elementBase).attr("href", "/").absUrl("href");
            origin = root.endsWith("/") ? root.substring(0, root.length() - 1) : null;
        }
        return origin == null ? link.absUrl("href") : origin + href;
    }

    /** A {@code javascript:} link without its control characters, as jsoup resolves it; else null. */
    private static String scriptLink(String href) {
        String plain = withoutControlCharacters(href);
        return plain.regionMatches(true, 0, SCRIPT_SCHEME, 0, SCRIPT_SCHEME.length()) ? plain : null;
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ') {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean isPlainRootPath(String href) {
        return !href.startsWith("//") && !href.contains("/.")
                && PLAIN_ROOT_PATH.matcher(href).matches();
    }
}
