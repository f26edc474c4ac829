package chanye.cli.output;

import chanye.classifier.ClusterTag;
import chanye.index.IndexedArticle;
import chanye.index.StoredArticle;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        List<String> values = new ArrayList<>(NAMES.size() + 1);
        values.add(article.url());
        values.add(article.title());
        values.add(article.publishTime() == null ? "" : article.publishTime().toString());
        values.add(article.site());
        values.add(orEmpty(article.source()));
        values.add(orEmpty(article.author()));
        StringBuilder clusters = new StringBuilder();
        StringBuilder evidence = new StringBuilder();
        for (ClusterTag tag : article.clusters()) {
            String separator = clusters.isEmpty() ? "" : "; ";
            clusters.append(separator).append(tag.id()).append(' ').append(oneDecimal(tag.score()));
            evidence.append(separator).append(tag.id()).append(": ").append(String.join("、", tag.evidence()));
        }
        values.add(clusters.toString());
        values.add(evidence.toString());
        values.add(String.join("; ", article.regions()));
        values.add(String.join("; ", article.keywords()));
        values.add(orEmpty(stored.story()));
        if (withBody) {
            values.add(article.body());
        }
        return values;
    }

    /**
     * The score with one decimal, as {@code String.format(Locale.ROOT, "%.1f", score)} writes it (its shortest
     * decimal digits rounded half up), without parsing a format for every cell.
     */
    static String oneDecimal(double score) {
        if (!Double.isFinite(score) || score < 0 || (score == 0 && 1 / score < 0)) {
            return String.format(Locale.ROOT, "%.1f", score);
        }
        return new BigDecimal(Double.toString(score)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
