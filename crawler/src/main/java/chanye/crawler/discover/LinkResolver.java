package chanye.crawler.discover;

import chanye.crawler.url.LruCache;
import java.util.Optional;
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
 * that jsoup's way costs. Every other link goes through {@link Element#absUrl}. The origin depends on the base's
 * scheme and authority alone, so it is remembered across pages by the base up to the end of a plain authority
 * (letters, digits, dots, hyphens and a port): a crawl asks jsoup once per site, not once per page. Not thread-safe:
 * one per page.
 */
final class LinkResolver {

    /** The characters of a plain root path after its slash; dot segments and a second slash are ruled out apart. */
    private static final boolean[] PLAIN_PATH_CHARS = asciiSet("._~!$&'()*+,;=:@%/?-");
    /** The characters of a plain authority: a host name or IPv4 address, and a port. */
    private static final boolean[] PLAIN_AUTHORITY_CHARS = asciiSet(".:-");
    /** The origins of the bases resolved lately, by their scheme and plain authority ({@link #originKey}). */
    private static final LruCache<String, Optional<String>> ORIGINS = new LruCache<>(1_024);

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
            origin = originOf(elementBase);
        }
        return origin == null ? link.absUrl("href") : origin + href;
    }

    /** The resolution of {@code /} against a base without its last slash, or null where it has none. */
    private static String originOf(String base) {
        String key = originKey(base);
        Optional<String> known = key == null ? null : ORIGINS.get(key);
        if (known == null) {
            String root = new Element(Tag.valueOf("a"), base).attr("href", "/").absUrl("href");
            known = Optional.ofNullable(root.endsWith("/") ? root.substring(0, root.length() - 1) : null);
            if (key != null) {
                ORIGINS.put(key, known);
            }
        }
        return known.orElse(null);
    }

    /**
     * The base up to the slash that ends its authority, when it is {@code http://} or {@code https://} and a plain
     * authority: what the resolution of {@code /} depends on. Null for any other base.
     */
    static String originKey(String base) {
        int start = base.startsWith("http://") ? 7 : base.startsWith("https://") ? 8 : -1;
        if (start < 0) {
            return null;
        }
        for (int i = start; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c == '/') {
                return i > start ? base.substring(0, i) : null;
            }
            if (!isIn(PLAIN_AUTHORITY_CHARS, c)) {
                return null;
            }
        }
        return null;
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
        if (!href.startsWith("/") || href.startsWith("//") || href.contains("/.")) {
            return false;
        }
        for (int i = 1; i < href.length(); i++) {
            if (!isIn(PLAIN_PATH_CHARS, href.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIn(boolean[] set, char c) {
        return c < set.length && set[c];
    }

    /** ASCII letters, digits and the given marks. */
    private static boolean[] asciiSet(String marks) {
        boolean[] set = new boolean[128];
        for (char c = 0; c < set.length; c++) {
            set[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || marks.indexOf(c) >= 0;
        }
        return set;
    }
}
