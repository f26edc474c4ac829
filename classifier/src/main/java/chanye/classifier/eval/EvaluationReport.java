package chanye.classifier.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of evaluating a classifier on a labelled set. Plain data, serialisable with Jackson as is.
 *
 * @param source               the labelled file
 * @param texts                the texts evaluated (malformed lines not counted)
 * @param noClusterTexts       the texts labelled with no cluster
 * @param falseTagsOnNoCluster of those, the texts the classifier tagged with some cluster anyway
 * @param clusters             per-cluster metrics, in taxonomy order
 * @param microPrecision       precision over all (text, cluster) decisions
 * @param microRecall          recall over all (text, cluster) decisions
 * @param microF1              F1 over all (text, cluster) decisions
 * @param macroF1              the mean of the per-cluster F1 over clusters labelled or tagged at least once
 * @param errors               the malformed lines, with their numbers
 * @param wrongTexts           the texts whose set of tags differs from their labels
 * @param genres               the same measures per genre, by name; empty when no line names a genre
 */
public record EvaluationReport(String source, int texts, int noClusterTexts, int falseTagsOnNoCluster,
                               List<ClusterMetrics> clusters, double microPrecision, double microRecall,
                               double microF1, double macroF1, List<LineError> errors, int wrongTexts,
                               List<GenreMetrics> genres) {

    private static final String NOT_APPLICABLE = "n/a";

    public EvaluationReport {
        clusters = List.copyOf(clusters);
        errors = List.copyOf(errors);
        genres = List.copyOf(genres);
    }

    /**
     * A table for people: one line per cluster (n/a where a ratio has nothing to divide by), the averages, then
     * one line per genre, and any malformed lines.
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d texts, %d with no cluster%n", source, texts, noClusterTexts));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "cluster", "precision", "recall", "f1",
                "support"));
        for (ClusterMetrics c : clusters) {
            int tagged = c.truePositives() + c.falsePositives();
            out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %8d%n", c.id(), ratio(c.precision(), tagged),
                    ratio(c.recall(), c.support()), ratio(c.f1(), tagged + c.support()), c.support()));
        }
        out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f%n", "micro", microPrecision, microRecall,
                microF1));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9.3f%n", "macro", "", "", macroF1));
        out.append(String.format(Locale.ROOT, "texts with no cluster that got a tag: %d of %d%n",
                falseTagsOnNoCluster, noClusterTexts));
        out.append(String.format(Locale.ROOT, "texts with the wrong set of tags: %d of %d%n", wrongTexts, texts));
        if (!genres.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-16s %6s %9s %9s %6s  %s%n", "genre", "texts", "micro-f1",
                    "macro-f1", "wrong", "no cluster but tagged"));
            for (GenreMetrics g : genres) {
                int decided = g.texts() == g.noClusterTexts() && g.falseTagsOnNoCluster() == 0 ? 0 : 1;
                out.append(String.format(Locale.ROOT, "%-16s %6d %9s %9s %6d  %d of %d%n", g.genre(), g.texts(),
                        ratio(g.microF1(), decided), ratio(g.macroF1(), decided), g.wrongTexts(),
                        g.falseTagsOnNoCluster(), g.noClusterTexts()));
            }
        }
        for (LineError error : errors) {
            out.append(String.format(Locale.ROOT, "%s:%d: %s%n", source, error.line(), error.message()));
        }
        return out.toString();
    }

    /** The ratio to three decimals, or n/a when it had nothing to divide by ({@code whole} is 0). */
    private static String ratio(double value, int whole) {
        return whole == 0 ? NOT_APPLICABLE : String.format(Locale.ROOT, "%.3f", value);
    }
}
