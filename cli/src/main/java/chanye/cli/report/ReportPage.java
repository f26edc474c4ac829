package chanye.cli.report;

import chanye.cli.Json;
import chanye.cli.Version;
import chanye.cli.site.TextTemplate;
import chanye.index.report.Report;
import chanye.index.report.Report.ClusterReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Entities;

/**
 * Renders a {@link Report} as one HTML page: a stacked-area chart of stories per cluster over time, a heat map of
 * clusters by region, per cluster a bar chart of the sites that publish most and one of the keywords that rose most,
 * and the top stories with their links; every chart has its figures in a plain table under it. The ECharts script
 * and the page's own are inlined, with the report's data as JSON, so the file needs no network. A report of an
 * empty selection says that no article matched, and has no chart.
 */
public final class ReportPage {

    /** Where the ECharts webjar keeps its minified script. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final TextTemplate PAGE = TextTemplate.compile("report.html", resource("report.html"));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Report report;
    private final String selection;

    /**
     * @param report    the figures
     * @param selection what the report was asked for, in words for people (the filters given), or empty
     */
    public ReportPage(Report report, String selection) {
        this.report = Objects.requireNonNull(report, "report");
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    /** The whole page, generated at {@code now}. */
    public String render(OffsetDateTime now) {
        boolean charts = !report.empty();
        return PAGE.render(Map.of(
                "version", escape(Version.number()),
                "title", escape(title()),
                "generated", escape(MINUTE.format(now)),
                "summary", summary(),
                "sections", charts ? sections() : "<p class=\"empty\">没有符合条件的文章：请放宽筛选条件，或先抓取更多文章。</p>",
                "data", Json.line(report).replace("</", "<\\/"),
                "scripts", charts ? script(resource(ECHARTS)) + "\n" + script(resource("report.js")) : ""));
    }

    private String title() {
        if (report.from() == null) {
            return "产业报告";
        }
        return "产业报告：" + report.from() + " 至 " + report.to();
    }

    private String summary() {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"summary\">共 ").append(report.stories()).append(" 条报道（")
                .append(report.documents()).append(" 篇文章，同一报道在各网站的转载只计一次）");
        if (!report.periods().isEmpty()) {
            html.append("，按").append("week".equals(report.by()) ? "周" : "月").append("统计");
        }
        html.append("。</p>");
        if (!selection.isEmpty()) {
            html.append("<p class=\"summary\">筛选条件：").append(escape(selection)).append("</p>");
        }
        if (report.undated() > 0) {
            html.append("<p class=\"note\">其中 ").append(report.undated())
                    .append(" 条报道没有发布时间，不计入按时间的统计。</p>");
        }
        if (report.unclustered() > 0) {
            html.append("<p class=\"note\">其中 ").append(report.unclustered()).append(" 条报道不属于任何产业集群。</p>");
        }
        return html.toString();
    }

    private String sections() {
        StringBuilder html = new StringBuilder();
        String period = "week".equals(report.by()) ? "周" : "月";
        html.append("<h2>各产业集群报道数（按").append(period).append("）</h2>\n")
                .append("<div class=\"chart\" id=\"chart-trend\" data-chart=\"trend\"></div>\n")
                .append(trendTable());
        html.append("<h2>产业集群 × 地区</h2>\n")
                .append("<div class=\"chart\" id=\"chart-regions\" data-chart=\"regions\"></div>\n")
                .append(regionTable());
        html.append("<h2>各集群发布报道最多的网站</h2>\n<div class=\"grid\">\n");
        for (ClusterReport cluster : report.clusters()) {
            html.append("<div><h3>").append(escape(cluster.name())).append("</h3>\n")
                    .append(chart("sites", cluster)).append(siteTable(cluster)).append("</div>\n");
        }
        html.append("</div>\n<h2>各集群上升最快的关键词</h2>\n")
                .append("<p class=\"note\">比较统计期前后两半的报道数：后半期比前半期多出的报道越多，排名越前。</p>\n<div class=\"grid\">\n");
        for (ClusterReport cluster : report.clusters()) {
            html.append("<div><h3>").append(escape(cluster.name())).append("</h3>\n");
            if (cluster.risingKeywords().isEmpty()) {
                html.append("<p class=\"note\">没有报道数上升的关键词。</p>");
            } else {
                html.append(chart("keywords", cluster)).append(keywordTable(cluster));
            }
            html.append("</div>\n");
        }
        html.append("</div>\n<h2>各集群热门报道</h2>\n")
                .append("<p class=\"note\">按转载网站数排列，同数时新者在前；链接指向最早发布的一份。</p>\n");
        for (ClusterReport cluster : report.clusters()) {
            html.append("<h3>").append(escape(cluster.name())).append("</h3>\n").append(storyTable(cluster));
        }
        return html.toString();
    }

    private static String chart(String kind, ClusterReport cluster) {
        return "<div class=\"chart small\" id=\"chart-" + kind + "-" + escape(cluster.id()) + "\" data-chart=\""
                + kind + "\" data-cluster=\"" + escape(cluster.id()) + "\"></div>\n";
    }

    private String trendTable() {
        List<String> header = new ArrayList<>(List.of("产业集群"));
        header.addAll(report.periodLabels());
        header.add("合计");
        List<List<String>> rows = new ArrayList<>();
        for (ClusterReport cluster : report.clusters()) {
            List<String> row = new ArrayList<>(List.of(cluster.name()));
            cluster.storiesByPeriod().forEach(count -> row.add(String.valueOf(count)));
            row.add(String.valueOf(cluster.stories()));
            rows.add(row);
        }
        return table(header, rows, 1);
    }

    private String regionTable() {
        List<String> header = new ArrayList<>(List.of("产业集群"));
        header.addAll(report.regions());
        List<List<String>> rows = new ArrayList<>();
        for (ClusterReport cluster : report.clusters()) {
            List<String> row = new ArrayList<>(List.of(cluster.name()));
            report.regions().forEach(region -> row.add(String.valueOf(cluster.regions().getOrDefault(region, 0L))));
            rows.add(row);
        }
        return table(header, rows, 1);
    }

    private static String siteTable(ClusterReport cluster) {
        List<List<String>> rows = new ArrayList<>();
        cluster.sites().forEach(site -> rows.add(List.of(site.site(), String.valueOf(site.stories()))));
        return table(List.of("网站", "报道数"), rows, 1);
    }

    private static String keywordTable(ClusterReport cluster) {
        List<List<String>> rows = new ArrayList<>();
        cluster.risingKeywords().forEach(k -> rows.add(List.of(k.keyword(), String.valueOf(k.before()),
                String.valueOf(k.after()), "+" + k.rise())));
        return table(List.of("关键词", "前半期", "后半期", "增加"), rows, 1);
    }

    private static String storyTable(ClusterReport cluster) {
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table><tr><th class=\"text\">标题</th>"
                + "<th>发布时间</th><th class=\"text\">网站</th><th>转载网站数</th></tr>\n");
        for (Report.TopStory story : cluster.topStories()) {
            html.append("<tr><td class=\"text wrap\"><a href=\"").append(escape(story.url())).append("\">")
                    .append(escape(story.title().isEmpty() ? story.url() : story.title())).append("</a></td><td>")
                    .append(story.publishTime() == null ? "未知" : escape(MINUTE.format(story.publishTime())))
                    .append("</td><td class=\"text\">").append(escape(story.site())).append("</td><td>")
                    .append(story.sites()).append("</td></tr>\n");
        }
        return html.append("</table></div>\n").toString();
    }

    /** A table whose first {@code textColumns} columns are text, the rest numbers. */
    private static String table(List<String> header, List<List<String>> rows, int textColumns) {
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table>\n<tr>");
        for (int i = 0; i < header.size(); i++) {
            html.append(i < textColumns ? "<th class=\"text\">" : "<th>").append(escape(header.get(i))).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i < textColumns ? "<td class=\"text\">" : "<td>").append(escape(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table></div>\n").toString();
    }

    private static String script(String source) {
        return "<script>" + source.replace("</script", "<\\/script") + "</script>";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    private static String resource(String name) {
        String path = name.startsWith("/") ? name : "/chanye/cli/report/" + name;
        try (InputStream in = ReportPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
