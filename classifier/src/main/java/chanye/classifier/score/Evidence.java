package chanye.classifier.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one text says for one cluster, collected word by word; used by one thread for one text. */
final class Evidence {

    double strong;
    double weak;
    int strongHits;
    /** Whether a strong term stands in the title or the lead. */
    boolean prominent;
    /** The number of sentences with a strong term. */
    int sentences;
    private int lastSentence = -1;
    private final Map<String, Double> weightByTerm = new HashMap<>();
    private final Map<String, Integer> countByTerm = new HashMap<>();

    /**
     * Adds one occurrence of a term.
     *
     * @param boosted  whether it stands in the title or the lead
     * @param position how much its place weighs
     * @param hits     how many strong hits it counts for, if strong
     * @param sentence the number of its sentence, from 0; never decreasing between calls
     */
    void add(String term, boolean isStrong, boolean boosted, double position, int hits, int sentence) {
        if (isStrong) {
            strongHits += hits;
            prominent |= boosted;
            if (sentence != lastSentence) {
                sentences++;
                lastSentence = sentence;
            }
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
