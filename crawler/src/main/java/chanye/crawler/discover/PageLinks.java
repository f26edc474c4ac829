package chanye.crawler.discover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a parsed page says about where to go next and how it may be used.
 *
 * @param links     the absolute URLs of its {@code <a href>} and {@code <area href>} links, in page order, once
 *                  each, without links to the page itself ({@code href=""}, {@code #top}) or {@code rel=nofollow}
 * @param canonical the absolute URL of {@code <link rel="canonical">}, or {@code null}
 * @param noIndex   whether {@code <meta name="robots">} says noindex
 * @param noFollow  whether {@code <meta name="robots">} says nofollow
 */
public record PageLinks(List<String> links, String canonical, boolean noIndex, boolean noFollow) {

    public PageLinks {
        links = List.copyOf(links);
    }

    /** Reads a page parsed with its URL as base URI. */
    public static PageLinks of(Document document) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : document.select("a[href], area[href]")) {
            String raw = a.attr("href").strip();
            boolean selfLink = raw.isEmpty() || raw.startsWith("#");
            if (!selfLink && !a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                String href = a.absUrl("href");
                if (!href.isEmpty()) {
                    links.add(href);
                }
            }
        }
        Element canonicalLink = document.selectFirst("link[rel=canonical][href]");
        String canonical = canonicalLink == null ? "" : canonicalLink.absUrl("href");
        String robots = document.select("meta[name=robots]").eachAttr("content").toString()
                .toLowerCase(Locale.ROOT);
        boolean none = robots.contains("none");
        return new PageLinks(List.copyOf(links), canonical.isEmpty() ? null : canonical,
                none || robots.contains("noindex"), none || robots.contains("nofollow"));
    }
}
