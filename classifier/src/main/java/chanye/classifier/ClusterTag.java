package chanye.classifier;

import java.util.List;
import java.util.Objects;

/**
 * A cluster assigned to a text, with the score and the terms that earned it, so a user can see why.
 *
 * @param id       the cluster id
 * @param name     the cluster's Chinese name
 * @param score    the cluster's score for the text; higher is stronger
 * @param evidence the terms found in the text that produced the score, strongest first
 */
public record ClusterTag(String id, String name, double score, List<String> evidence) {

    public ClusterTag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        evidence = List.copyOf(evidence);
    }
}
