package chanye.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;

/**
 * Tells boilerplate elements by the words of their class, id and role, the words any site uses: share, comment,
 * breadcrumb, ad, related, recommend, sidebar, footer and the like (also in pinyin: pinglun, fenxiang...).
 *
 * <p>A class name (or the id) with any such word is boilerplate ({@code comment-content},
 * {@code detail__recommend}); but an element that also has a name made only of content words ({@code article},
 * {@code content}, {@code main}, {@code zhengwen}...) is not, as in {@code class="article-content share-box"}.
 */
final class BoilerplateNames {

    private static final Set<String> NOISE = Set.of("ad", "ads", "adv", "advert", "advertisement", "banner",
            "sponsor", "sponsored", "promo", "share", "sharing", "social", "comment", "comments", "reply",
            "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "side", "footer", "foot", "copyright",
            "disclaimer", "related", "recommend", "recommended", "hot", "hotnews", "rank", "ranking", "tags",
            "pagination", "pager", "login", "qrcode", "toolbar", "nav", "navbar", "menu", "pinglun", "fenxiang",
            "tuijian", "xiangguan", "guanggao", "remen", "sign", "signature", "qianming");
    private static final List<String> NOISE_PREFIXES = List.of("comment", "share", "breadcrumb", "advert",
            "recommend", "related", "sponsor", "copyright", "disclaimer", "sidebar");
    private static final Set<String> AD_SUFFIXES = Set.of("box", "wrap", "wrapper", "area", "div", "block", "list",
            "banner", "container", "slot", "unit", "pos", "frame", "img", "link", "text", "item");
    private static final Set<String> CONTENT = Set.of("article", "content", "main", "body", "text", "post",
            "detail", "story", "entry", "zhengwen", "neirong", "wenzhang");
    private static final Set<String> NOISE_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "search");

    private enum Kind { NOISE, CONTENT, NEUTRAL }

    /** What class and id strings were found to name, as a site repeats them on every element and page. */
    private static final Map<String, Kind> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 20_000;

    private BoilerplateNames() {
    }

    /** Whether the element's class, id or role names boilerplate. */
    static boolean isBoilerplate(Element element) {
        String role = element.attr("role");
        if (!role.isEmpty() && NOISE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        Kind classes = kindOfNames(element.className());
        Kind id = kindOfNames(element.id());
        return classes != Kind.CONTENT && id != Kind.CONTENT && (classes == Kind.NOISE || id == Kind.NOISE);
    }

    /** Whether the element's class or id names content: a name made of content words only, such as article-text. */
    static boolean namesContent(Element element) {
        return element.attributesSize() > 0
                && (kindOfNames(element.className()) == Kind.CONTENT || kindOfNames(element.id()) == Kind.CONTENT);
    }

    /**
     * CONTENT when one of the space-separated names is made of content words only, else NOISE when one has a
     * boilerplate word, else NEUTRAL.
     */
    private static Kind kindOfNames(String names) {
        if (names.isEmpty()) {
            return Kind.NEUTRAL;
        }
        Kind known = KNOWN.get(names);
        if (known == null) {
            known = readNames(names);
            if (KNOWN.size() >= MAX_KNOWN) {
                KNOWN.clear();
            }
            KNOWN.put(names, known);
        }
        return known;
    }

    private static Kind readNames(String names) {
        int length = names.length();
        Kind result = Kind.NEUTRAL;
        Kind name = Kind.NEUTRAL;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            boolean endOfName = i == length || Character.isWhitespace(names.charAt(i));
            if (i > 0 && (endOfName || isTokenBoundary(names, i))) {
                if (i > start && name != Kind.NOISE) {
                    Kind word = kindOfWord(names.substring(start, i).toLowerCase(Locale.ROOT));
                    name = word == Kind.NEUTRAL ? name : word;
                }
                start = i < length && isAsciiLetterOrDigit(names.charAt(i)) ? i : i + 1;
            }
            if (endOfName) {
                if (name == Kind.CONTENT) {
                    return Kind.CONTENT;
                }
                result = name == Kind.NOISE ? Kind.NOISE : result;
                name = Kind.NEUTRAL;
                start = i + 1;
            }
        }
        return result;
    }

    /** Glued ad names such as adbox, adsWrap (as one word: adswrap) and adslot. */
    private static boolean isGluedAdName(String word) {
        String rest = word.startsWith("ads") ? word.substring(3) : word.startsWith("ad") ? word.substring(2) : null;
        return rest != null && AD_SUFFIXES.contains(rest);
    }

    /** Words end at non-alphanumerics and at camelCase humps: share_box, shareBox and share-box all give share. */
    private static boolean isTokenBoundary(String name, int i) {
        char c = name.charAt(i);
        return !isAsciiLetterOrDigit(c) || c >= 'A' && c <= 'Z' && name.charAt(i - 1) >= 'a'
                && name.charAt(i - 1) <= 'z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Kind kindOfWord(String word) {
        if (CONTENT.contains(word)) {
            return Kind.CONTENT;
        }
        if (NOISE.contains(word) || isGluedAdName(word)) {
            return Kind.NOISE;
        }
        for (String prefix : NOISE_PREFIXES) {
            if (word.startsWith(prefix)) {
                return Kind.NOISE;
            }
        }
        return Kind.NEUTRAL;
    }
}
