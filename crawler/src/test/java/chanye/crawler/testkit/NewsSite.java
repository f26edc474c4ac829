package chanye.crawler.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated Chinese news site: a front page, list pages ("栏目") and article pages, linked the way real
 * regional news sites link them (navigation on every page, related articles under each article).
 */
public final class NewsSite {

    private static final String[] TOPICS = {"棉花", "煤炭", "光伏", "粮油", "果蔬", "畜牧", "油气", "矿业"};
    private static final String[] PLACES = {"阿克苏", "昌吉", "哈密", "克拉玛依", "库尔勒", "石河子", "伊宁", "喀什"};

    private NewsSite() {
    }

    /**
     * Serves a site of {@code lists} list pages with {@code perList} articles each.
     *
     * @return the paths of all articles, in list order
     */
    public static List<String> install(SiteServer server, int lists, int perList) {
        List<String> articles = new ArrayList<>();
        StringBuilder nav = new StringBuilder("<ul class=\"nav\"><li><a href=\"/\">首页</a></li>");
        for (int l = 1; l <= lists; l++) {
            nav.append("<li><a href=\"/list/").append(l).append(".html\">").append(TOPICS[l % TOPICS.length])
                    .append("</a></li>");
        }
        nav.append("</ul>");
        server.serve("/", Reply.html(page("产业新闻网", nav + "<p>欢迎访问产业新闻网</p>")));
        for (int l = 1; l <= lists; l++) {
            StringBuilder list = new StringBuilder(nav).append("<ul class=\"list\">");
            for (int k = 1; k <= perList; k++) {
                String path = "/news/" + l + "/" + k + ".html";
                articles.add(path);
                list.append("<li><a href=\"").append(path).append("?utm_source=list\">")
                        .append(title(l, k)).append("</a></li>");
                String next = "/news/" + l + "/" + (k % perList + 1) + ".html";
                server.serve(path, Reply.html(article(l, k, nav + "<a href=\"" + next + "#top\">相关阅读</a>")));
            }
            server.serve("/list/" + l + ".html", Reply.html(page(TOPICS[l % TOPICS.length] + "_产业新闻网",
                    list + "</ul>")));
        }
        return articles;
    }

    /** The headline of article k of list l. */
    public static String title(int l, int k) {
        return PLACES[(l + k) % PLACES.length] + TOPICS[l % TOPICS.length] + "产业第" + k + "季度调度会召开";
    }

    /** An article page with the given extra markup (navigation, related links). */
    public static String article(int l, int k, String extra) {
        String topic = TOPICS[l % TOPICS.length];
        String place = PLACES[(l + k) % PLACES.length];
        String body = "<div class=\"content\"><p>本报讯（记者 李" + k + "）" + place + "地区" + topic + "产业第" + k
                + "季度调度会日前召开，会议通报前期完成投资" + (l * 31 + k * 7) + "亿元，同比增长" + (k % 9 + 3)
                + "个百分点。</p><p>会议要求各园区围绕" + topic + "产业链补链强链，推动" + (l * 3 + k)
                + "个重点项目尽快投产达效。</p></div>";
        return page(title(l, k) + "_产业新闻网", extra + "<h1>" + title(l, k) + "</h1>" + body);
    }

    /** A whole HTML page. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body>" + body + "</body></html>";
    }
}
