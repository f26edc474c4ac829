package chanye.cli.site;

import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import java.util.List;
import java.util.Map;

/**
 * The pages every served site has besides its news: robots.txt, and the search and admin pages that the page
 * designs link to and robots.txt disallows, so a test can prove a crawler never fetched them.
 */
final class FixedPages {

    private FixedPages() {
    }

    /**
     * Adds {@code /robots.txt}, {@code /search} and {@code /admin/} to {@code site}.
     *
     * @param front the design the search and admin pages use
     * @param frame the site's page frame
     * @param hits  the links the search page lists
     */
    static void addTo(Site.Builder site, PageTemplate front, PageFrame frame, List<Link> hits) {
        site.add("/robots.txt", SitePage.text(SiteResources.text("templates/robots.txt"), "text/plain"));
        PageFrame search = frame.inChannel(new Link("/search", "站内搜索", ""));
        site.add("/search", frame.encoding().page(front.list(search, hits, "")));
        site.add("/admin/", frame.encoding().page(front.page("admin.html", frame, "后台管理登录", Map.of())));
    }
}
