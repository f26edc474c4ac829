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
 */
public record EvaluationReport(String source, int texts, int noClusterTexts, int falseTagsOnNoCluster,
                               List<ClusterMetrics> clusters, double microPrecision, double microRecall,
                               double microF1, double macroF1, List<LineError> errors) {

    public EvaluationReport {
        clusters = List.copyOf(clusters);
        errors = List.copyOf(errors);
    }

    /** A table for people: one line per cluster, then the averages and any malformed lines. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d texts, %d with no cluster%n", source, texts, noClusterTexts));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "cluster", "precision", "recall", "f1",
                "support"));
        for (ClusterMetrics c : clusters) {
            out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %8d%n", c.id(), c.precision(),
                    c.recall(), c.f1(), c.support()));
        }
        out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f%n", "micro", microPrecision, microRecall,
                microF1));
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9.3f%n", "macro", "", "", macroF1));
        out.append(String.format(Locale.ROOT, "texts with no cluster that got a tag: %d of %d%n",
                falseTagsOnNoCluster, noClusterTexts));
        for (LineError error : errors) {
            out.append(String.format(Locale.ROOT, "%s:%d: %s%n", source, error.line(), error.message()));
        }
        return out.toString();
    }
}
