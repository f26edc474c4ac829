package chanye.classifier.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one text says for one cluster, collected occurrence by occurrence, sentence by sentence; used by one thread
 * for one text.
 */
final class Evidence {

    double strong;
    double weak;
    /** Decisive occurrences of strong terms; one in the title counts two. */
    int decisiveHits;
    /** Whether a decisive term stands in the title or the lead. */
    boolean prominent;
    /** Sentences with a decisive term. */
    int sentences;
    /** Of those, sentences that also hold a content word. */
    int contentSentences;
    /** Sentences of content with a decisive term and another of the cluster's terms: clauses about the cluster. */
    int clauses;
    /** Whether a sentence of content holds two different decisive terms. */
    boolean richContent;
    /** Made on the first occurrence: most clusters get none in a text. */
    private Map<String, Double> weightByTerm;
    private Map<String, Integer> countByTerm;
    private Set<String> decisiveTerms;
    private int sentence = -1;
    private boolean sentenceContent;
    private String firstTerm;
    private String firstDecisive;
    private boolean twoTerms;
    private boolean twoDecisive;

    /**
     * Adds the weight of one occurrence of a term.
     *
     * @param strongWeight whether it weighs as a strong term
     * @param position     how much its place weighs
     * @return the weight added: 0 once the term has counted {@value ClusterScorer#MAX_REPEATS} times
     */
    double add(String term, boolean strongWeight, double position) {
        if (countByTerm == null) {
            countByTerm = new HashMap<>();
            weightByTerm = new HashMap<>();
            decisiveTerms = new HashSet<>();
        }
        int count = countByTerm.merge(term, 1, Integer::sum);
        if (count > ClusterScorer.MAX_REPEATS) {
            return 0;
        }
        double weight = (strongWeight ? ClusterScorer.STRONG : ClusterScorer.WEAK) * position;
        if (strongWeight) {
            strong += weight;
        } else {
            weak += weight;
        }
        weightByTerm.merge(term, weight, Double::sum);
        return weight;
    }

    /**
     * Records where an occurrence that counts stands.
     *
     * @param decisive whether it is a decisive occurrence of a strong term
     * @param hits     how many decisive hits it counts for
     * @param boosted  whether it stands in the title or the lead
     * @param sentence the index of its sentence; never decreasing between calls
     * @param content  whether its sentence is a sentence of content for this cluster
     */
    void occurrence(String term, boolean decisive, int hits, boolean boosted, int sentence, boolean content) {
        if (sentence != this.sentence) {
            endSentence();
            this.sentence = sentence;
            sentenceContent = content;
            firstTerm = term;
        } else if (!term.equals(firstTerm)) {
            twoTerms = true;
        }
        if (!decisive) {
            return;
        }
        decisiveHits += hits;
        prominent |= boosted;
        decisiveTerms.add(term);
        if (firstDecisive == null) {
            firstDecisive = term;
            sentences++;
            contentSentences += content ? 1 : 0;
        } else if (!term.equals(firstDecisive)) {
            twoDecisive = true;
        }
    }

    /** Ends the sentence being read; call once more after the last occurrence. */
    void endSentence() {
        if (firstDecisive != null && sentenceContent) {
            clauses += twoTerms ? 1 : 0;
            richContent |= twoDecisive;
        }
        sentence = -1;
        firstTerm = null;
        firstDecisive = null;
        twoTerms = false;
        twoDecisive = false;
    }

    /** How many different strong terms were decisive somewhere. */
    int distinctDecisive() {
        return decisiveTerms == null ? 0 : decisiveTerms.size();
    }

    /** The terms that contributed, strongest first. */
    List<String> terms(int limit) {
        if (weightByTerm == null) {
            return List.of();
        }
        return weightByTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
