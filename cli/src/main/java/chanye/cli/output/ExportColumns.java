package chanye.cli.output;

import chanye.classifier.ClusterTag;
import chanye.index.IndexedArticle;
import chanye.index.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a flat export (CSV, XLSX), in order, and each one's text for an article. Lists are joined with
 * {@code "; "}; a cluster reads {@code coal 12.5}, its evidence {@code coal: 煤炭、煤矿}.
 */
final class ExportColumns {

    /** The column names, as the JSON Lines export names the same fields. */
    static final List<String> NAMES = List.of("url", "title", "publishTime", "site", "source", "author", "clusters",
            "evidence", "regions", "keywords", "story");
    /** The last column when bodies are exported. */
    static final String BODY = "body";

    private ExportColumns() {
    }

    /** The column names, with {@code body} last when {@code withBody}. */
    static List<String> names(boolean withBody) {
        List<String> names = new ArrayList<>(NAMES);
        if (withBody) {
            names.add(BODY);
        }
        return names;
    }

    /** The article's values in column order; a missing value is an empty string. */
    static List<String> values(StoredArticle stored, boolean withBody) {
        IndexedArticle article = stored.article();
        List<String> values = new ArrayList<>(names(withBody).size());
        values.add(article.url());
        values.add(article.title());
        values.add(article.publishTime() == null ? "" : article.publishTime().toString());
        values.add(article.site());
        values.add(orEmpty(article.source()));
        values.add(orEmpty(article.author()));
        values.add(String.join("; ", article.clusters().stream().map(ExportColumns::scored).toList()));
        values.add(String.join("; ", article.clusters().stream()
                .map(tag -> tag.id() + ": " + String.join("、", tag.evidence())).toList()));
        values.add(String.join("; ", article.regions()));
        values.add(String.join("; ", article.keywords()));
        values.add(orEmpty(stored.story()));
        if (withBody) {
            values.add(article.body());
        }
        return values;
    }

    private static String scored(ClusterTag tag) {
        return tag.id() + " " + String.format(Locale.ROOT, "%.1f", tag.score());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
