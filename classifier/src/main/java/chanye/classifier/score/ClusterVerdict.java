package chanye.classifier.score;

import java.util.List;

/**
 * What the scorer decided for one cluster, and why.
 *
 * @param id               the cluster id
 * @param name             the cluster's Chinese name
 * @param score            its score
 * @param threshold        the score the text needed, for its kind (a brief or an enumeration needs half)
 * @param assigned         whether the text is tagged with it
 * @param reason           why it was or was not assigned, for people
 * @param evidence         the terms that counted, strongest first
 * @param decisiveHits     occurrences of its strong terms that count as decisive (one in the title counts two)
 * @param sentences        sentences with a decisive term
 * @param contentSentences of those, sentences that also hold a content word
 */
public record ClusterVerdict(String id, String name, double score, double threshold, boolean assigned,
                             String reason, List<String> evidence, int decisiveHits, int sentences,
                             int contentSentences) {

    public ClusterVerdict {
        evidence = List.copyOf(evidence);
    }
}
