package chanye.classifier.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * One industrial cluster of a taxonomy and the terms that signal it.
 *
 * @param id          a stable ASCII id used on the command line and in the index, e.g. {@code new-energy}
 * @param name        the Chinese name, e.g. 新能源新材料
 * @param strongTerms terms that on their own point to the cluster
 * @param weakTerms   terms that only support a cluster other terms point to
 * @param threshold   the score a text needs before it is tagged with the cluster
 */
public record Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms, double threshold) {

    /** The threshold of a cluster whose taxonomy gives none: two strong terms in the body of a text. */
    public static final double DEFAULT_THRESHOLD = 6.0;

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        strongTerms = List.copyOf(strongTerms);
        weakTerms = List.copyOf(weakTerms);
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold of cluster " + id + " must be positive: " + threshold);
        }
    }

    /** A cluster with the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
    public Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms) {
        this(id, name, strongTerms, weakTerms, DEFAULT_THRESHOLD);
    }
}
