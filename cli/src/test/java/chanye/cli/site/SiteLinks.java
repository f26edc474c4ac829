package chanye.cli.site;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Follows the links between the pages of a {@link Site}, as a crawler would, for tests. */
final class SiteLinks {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SiteLinks() {
    }

    /** The site paths a page links to, queries and fragments dropped, resolved against the page's path. */
    static Set<String> linksOf(Site site, String path) {
        Set<String> links = new LinkedHashSet<>();
        SitePage page = site.page(path).orElseThrow(() -> new AssertionError("no page at " + path));
        if (page.contentType() == null || !page.contentType().startsWith("text/html")) {
            return links;
        }
        URI base = URI.create("http://127.0.0.1" + path);
        for (Element a : Jsoup.parse(text(page)).select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("javascript:")) {
                continue;
            }
            URI target = base.resolve(href);
            if ("127.0.0.1".equals(target.getHost())) {
                links.add(target.getRawPath());
            }
        }
        return links;
    }

    /**
     * The fewest links from {@code /} to each page reachable from it, following redirects and only the paths
     * {@code follow} accepts.
     */
    static Map<String, Integer> hopsFromFrontPage(Site site, Predicate<String> follow) {
        Map<String, Integer> hops = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        hops.put("/", 0);
        queue.add("/");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            SitePage page = site.page(path).orElse(null);
            if (page == null) {
                continue;
            }
            Set<String> next = page.headers().containsKey("Location")
                    ? Set.of(page.headers().get("Location")) : linksOf(site, path);
            for (String link : next) {
                if (follow.test(link) && !hops.containsKey(link)) {
                    hops.put(link, hops.get(path) + 1);
                    queue.add(link);
                }
            }
        }
        return hops;
    }

    /** A page's text, decoded by its declared charset, or as GB18030 when it declares none. */
    static String text(SitePage page) {
        String type = page.contentType();
        Charset charset = type != null && type.contains("charset=") ? Charset.forName(type.substring(
                type.indexOf("charset=") + "charset=".length())) : GB18030;
        return page.decode(charset);
    }
}
