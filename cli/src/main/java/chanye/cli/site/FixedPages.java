package chanye.cli.site;

import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages every served site has besides its news: robots.txt, the search and admin pages that the page designs
 * link to and robots.txt disallows (so a test can prove a crawler never fetched them), and a sitemap when the
 * site's absolute address is known.
 */
final class FixedPages {

    private static final String SITEMAP = "/sitemap.xml";

    private FixedPages() {
    }

    /**
     * Adds {@code /robots.txt}, {@code /search} and {@code /admin/} to {@code site}, and with a base URI also
     * {@code /sitemap.xml}, announced in robots.txt.
     *
     * @param front    the design the search and admin pages use
     * @param frame    the site's page frame
     * @param hits     the links the search page lists
     * @param base     the site's absolute root, when known
     * @param articles the article links the sitemap lists, each dated
     */
    static void addTo(Site.Builder site, PageTemplate front, PageFrame frame, List<Link> hits, Optional<URI> base,
                      List<Link> articles) {
        String robots = SiteResources.text("templates/robots.txt");
        if (base.isPresent()) {
            URI sitemap = base.get().resolve(SITEMAP);
            robots += "Sitemap: " + sitemap + "\n";
            site.add(SITEMAP, sitemap(base.get(), articles));
        }
        site.add("/robots.txt", SitePage.text(robots, "text/plain"));
        PageFrame search = frame.inChannel(new Link("/search", "站内搜索", ""));
        site.add("/search", frame.encoding().page(front.list(search, hits, "")));
        site.add("/admin/", frame.encoding().page(front.page("admin.html", frame, "后台管理登录", Map.of())));
    }

    private static SitePage sitemap(URI base, List<Link> articles) {
        TextTemplate url = SiteResources.template("templates/sitemap-url.xml");
        StringBuilder urls = new StringBuilder();
        for (Link article : articles) {
            urls.append(url.render(Map.of("loc", PageTemplate.escape(base.resolve(article.href()).toString()),
                    "lastmod", article.date())));
        }
        return SitePage.text(SiteResources.template("templates/sitemap.xml").render(Map.of("urls", urls.toString())),
                "application/xml");
    }
}
