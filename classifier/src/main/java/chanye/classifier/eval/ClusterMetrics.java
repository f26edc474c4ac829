package chanye.classifier.eval;

/**
 * How well one cluster was tagged on a labelled set.
 *
 * @param id             the cluster id
 * @param name           the cluster's Chinese name
 * @param support        the texts labelled with the cluster
 * @param truePositives  texts labelled and tagged with it
 * @param falsePositives texts tagged with it but not labelled with it
 * @param falseNegatives texts labelled with it but not tagged
 * @param precision      truePositives / tagged; 0 when nothing was tagged (shown as n/a in the table)
 * @param recall         truePositives / support; 0 when the support is 0 (shown as n/a in the table)
 * @param f1             the harmonic mean of precision and recall; 0 when both are 0 (n/a in the table when the
 *                       cluster was neither labelled nor tagged)
 */
public record ClusterMetrics(String id, String name, int support, int truePositives, int falsePositives,
                             int falseNegatives, double precision, double recall, double f1) {

    /** The metrics from the counts. */
    public static ClusterMetrics of(String id, String name, int truePositives, int falsePositives,
                                    int falseNegatives) {
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, truePositives + falseNegatives);
        return new ClusterMetrics(id, name, truePositives + falseNegatives, truePositives, falsePositives,
                falseNegatives, precision, recall, f1(precision, recall));
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
