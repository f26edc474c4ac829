package chanye.crawler.discover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * What a parsed page says about where to go next and how it may be used.
 *
 * @param links      the absolute URLs of its {@code <a href>} and {@code <area href>} links, in page order, once
 *                   each, without links to the page itself ({@code href=""}, {@code #top}) or {@code rel=nofollow}
 * @param pageLinks  those of its links that name themselves as another page of a list: {@code rel=next} or
 *                   {@code rel=prev}, or a pager's text such as 下一页, 上一页, 尾页, "next" or a page number
 * @param canonical  the absolute URL of {@code <link rel="canonical">}, or {@code null}
 * @param noIndex    whether {@code <meta name="robots">} says noindex
 * @param noFollow   whether {@code <meta name="robots">} says nofollow
 */
public record PageLinks(List<String> links, Set<String> pageLinks, String canonical, boolean noIndex,
                        boolean noFollow) {

    /** Link texts of a list's pager: the next, previous and last page, and page numbers. */
    static final Pattern PAGER_TEXT = Pattern.compile(
            "[<>«»‹›]{1,2}|\\[?\\d{1,4}]?|第\\d{1,4}页|下一?页|上一?页|下一頁|上一頁|前一?页|后一?页|尾页|末页|最后一页|"
                    + "next( page)?|prev(ious)?( page)?|last( page)?|older( posts)?|newer( posts)?",
            Pattern.CASE_INSENSITIVE);
    /** The longest text {@link #PAGER_TEXT} matches: "previous page". */
    static final int MAX_PAGER_TEXT = 13;
    /** The characters of the texts {@link #PAGER_TEXT} matches, white space aside (ASCII letters in either case). */
    static final String PAGER_CHARACTERS = "<>«»‹›[]0123456789第页下一上頁前后尾末最"
            + "abdeginloprstuvwxABDEGINLOPRSTUVWX";

    private static final Evaluator ANCHOR = QueryParser.parse("a[href], area[href]");
    private static final Evaluator LIST_LINK = QueryParser.parse("link[rel~=(?i)^(next|prev)$][href]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator ROBOTS = QueryParser.parse("meta[name=robots]");

    public PageLinks {
        links = List.copyOf(links);
        pageLinks = Set.copyOf(pageLinks);
    }

    /** Reads a page parsed with its URL as base URI. */
    public static PageLinks of(Document document) {
        Reading reading = new Reading(document);
        // One walk over the elements instead of a select per kind: each selector is still what decides a match. A
        // traversal, not getAllElements(), whose list is built through a stream over a node iterator.
        NodeTraversor.traverse(reading, document);
        return reading.result();
    }

    /** What one walk over a page's elements finds, in page order. */
    private static final class Reading implements NodeVisitor {

        private final Document document;
        private final Set<String> links = new LinkedHashSet<>();
        private final Set<String> pageLinks = new LinkedHashSet<>();
        private final List<Element> listLinks = new ArrayList<>();
        private final List<String> robots = new ArrayList<>();
        private final LinkResolver resolver = new LinkResolver();
        private Element canonicalLink;

        Reading(Document document) {
            this.document = document;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "a", "area" -> {
                    if (ANCHOR.matches(document, element)) {
                        addAnchor(element, resolver, links, pageLinks);
                    }
                }
                case "link" -> {
                    if (LIST_LINK.matches(document, element)) {
                        listLinks.add(element);
                    }
                    if (canonicalLink == null && CANONICAL.matches(document, element)) {
                        canonicalLink = element;
                    }
                }
                case "meta" -> {
                    if (ROBOTS.matches(document, element) && element.hasAttr("content")) {
                        robots.add(element.attr("content"));
                    }
                }
                default -> {
                }
            }
        }

        PageLinks result() {
            for (Element link : listLinks) {
                String href = link.absUrl("href");
                if (!href.isEmpty()) {
                    links.add(href);
                    pageLinks.add(href);
                }
            }
            String canonical = canonicalLink == null ? "" : canonicalLink.absUrl("href");
            String directives = robots.toString().toLowerCase(Locale.ROOT);
            boolean none = directives.contains("none");
            return new PageLinks(List.copyOf(links), pageLinks, canonical.isEmpty() ? null : canonical,
                    none || directives.contains("noindex"), none || directives.contains("nofollow"));
        }
    }

    /** Adds an {@code <a>} or {@code <area>} link, unless it points at the page itself or says nofollow. */
    private static void addAnchor(Element a, LinkResolver resolver, Set<String> links, Set<String> pageLinks) {
        String raw = a.attr("href").strip();
        boolean selfLink = raw.isEmpty() || raw.startsWith("#");
        String rel = a.attr("rel").toLowerCase(Locale.ROOT);
        if (selfLink || rel.contains("nofollow")) {
            return;
        }
        String href = resolver.resolve(a);
        if (!href.isEmpty()) {
            links.add(href);
            if (rel.contains("next") || rel.contains("prev") || isPagerText(a)) {
                pageLinks.add(href);
            }
        }
    }

    /**
     * Whether a link's text is a pager's. The text of a link that {@link LinkText} rules out, longer than the longest
     * pager text or holding a character no pager text has, such as a headline's or a menu's, is not built to be matched.
     */
    private static boolean isPagerText(Element a) {
        return LinkText.mayBe(a, MAX_PAGER_TEXT, PAGER_CHARACTERS) && PAGER_TEXT.matcher(a.text().strip()).matches();
    }
}
