package chanye.bench.site;

import chanye.cli.site.GeneratedArticle;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.Site;
import chanye.cli.site.SitePage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A generated site plus one archive page that links every article at once, so that a crawl seeded there holds
 * every article URL in its frontier after its first fetch: the shape of the 100,000-URL frontier test.
 */
public final class FrontierSite {

    /** The path of the page that links every article. */
    public static final String ARCHIVE_PATH = "/archive/all.html";

    private FrontierSite() {
    }

    /** The generated site's pages and, at {@link #ARCHIVE_PATH}, a list page linking each of its articles. */
    public static Site of(GeneratedSite generated) {
        Site.Builder site = Site.builder();
        for (String path : generated.site().paths()) {
            site.add(path, generated.site().page(path).orElseThrow());
        }
        site.add(ARCHIVE_PATH, SitePage.html(archive(generated.articles()), StandardCharsets.UTF_8, true));
        return site.build();
    }

    private static String archive(Map<String, GeneratedArticle> articles) {
        StringBuilder html = new StringBuilder(articles.size() * 80);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>全部文章 - 文章归档</title>")
                .append("</head>\n<body><h1>全部文章</h1>\n<ul class=\"archive\">\n");
        articles.forEach((path, article) -> html.append("<li><a href=\"").append(path).append("\">")
                .append(Entities.escape(article.title())).append("</a></li>\n"));
        return html.append("</ul></body></html>\n").toString();
    }
}
