package chanye.classifier.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one text says for one cluster, collected word by word; used by one thread for one text. */
final class Evidence {

    double strong;
    double weak;
    int strongHits;
    private final Map<String, Double> weightByTerm = new HashMap<>();
    private final Map<String, Integer> countByTerm = new HashMap<>();

    void add(String term, boolean isStrong, double position, int hits) {
        if (isStrong) {
            strongHits += hits;
        }
        int count = countByTerm.merge(term, 1, Integer::sum);
        if (count > ClusterScorer.MAX_REPEATS) {
            return;
        }
        double weight = (isStrong ? ClusterScorer.STRONG : ClusterScorer.WEAK) * position;
        if (isStrong) {
            strong += weight;
        } else {
            weak += weight;
        }
        weightByTerm.merge(term, weight, Double::sum);
    }

    /** The terms that contributed, strongest first. */
    List<String> terms(int limit) {
        return weightByTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
