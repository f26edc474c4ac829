package chanye.classifier.eval;

import java.util.List;
import java.util.Set;

/** Counts of one set of texts (all of them, or one genre's), cluster by cluster; used by one thread. */
final class Tally {

    final int[] truePositives;
    final int[] falsePositives;
    final int[] falseNegatives;
    int texts;
    int noClusterTexts;
    int falseTags;
    int wrongTexts;

    Tally(int clusters) {
        truePositives = new int[clusters];
        falsePositives = new int[clusters];
        falseNegatives = new int[clusters];
    }

    /** Adds one text's labels and tags, both as cluster ids. */
    void add(List<String> clusterIds, Set<String> labels, Set<String> tags) {
        texts++;
        if (labels.isEmpty()) {
            noClusterTexts++;
            falseTags += tags.isEmpty() ? 0 : 1;
        }
        wrongTexts += labels.equals(tags) ? 0 : 1;
        for (int i = 0; i < clusterIds.size(); i++) {
            boolean gold = labels.contains(clusterIds.get(i));
            boolean predicted = tags.contains(clusterIds.get(i));
            truePositives[i] += gold && predicted ? 1 : 0;
            falsePositives[i] += !gold && predicted ? 1 : 0;
            falseNegatives[i] += gold && !predicted ? 1 : 0;
        }
    }

    int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }

    double microPrecision() {
        return ClusterMetrics.ratio(sum(truePositives), sum(truePositives) + sum(falsePositives));
    }

    double microRecall() {
        return ClusterMetrics.ratio(sum(truePositives), sum(truePositives) + sum(falseNegatives));
    }

    double microF1() {
        return ClusterMetrics.f1(microPrecision(), microRecall());
    }

    /** The mean F1 of the clusters labelled or tagged at least once; 0 when none was. */
    double macroF1() {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < truePositives.length; i++) {
            if (truePositives[i] + falsePositives[i] + falseNegatives[i] > 0) {
                double precision = ClusterMetrics.ratio(truePositives[i], truePositives[i] + falsePositives[i]);
                double recall = ClusterMetrics.ratio(truePositives[i], truePositives[i] + falseNegatives[i]);
                sum += ClusterMetrics.f1(precision, recall);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }

    GenreMetrics genre(String genre) {
        return new GenreMetrics(genre, texts, noClusterTexts, falseTags, wrongTexts, microPrecision(), microRecall(),
                microF1(), macroF1());
    }
}
