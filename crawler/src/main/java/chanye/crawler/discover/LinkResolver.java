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
 * URL path and query may hold. Every other link goes through {@link Element#absUrl}. Not thread-safe: one per page.
 */
final class LinkResolver {

    /** A root path of plain URL characters; dot segments and a second leading slash are ruled out separately. */
    private static final Pattern PLAIN_ROOT_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    private String base;
    /** The resolution of {@code /} against {@link #base} without its last slash, or null where it has none. */
    private String origin;

    /** The absolute URL of the element's {@code href}, or an empty string when there is none. */
    String resolve(Element link) {
        String href = link.attr("href");
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

    private static boolean isPlainRootPath(String href) {
        return !href.startsWith("//") && !href.contains("/.")
                && PLAIN_ROOT_PATH.matcher(href).matches();
    }
}
