package chanye.classifier.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * One industrial cluster of a taxonomy and the terms that signal it.
 *
 * @param id          a stable ASCII id used on the command line and in the index, e.g. {@code new-energy}
 * @param name        the Chinese name, e.g. 新能源新材料
 * @param strongTerms terms that on their own point to the cluster, the names of its {@code named} groups included
 * @param weakTerms   terms that only support a cluster other terms point to
 * @param threshold   the score a text needs before it is tagged with the cluster
 * @param named       groups of names (fields, mines, varieties, enterprises) with their sources; their terms are
 *                    also in {@code strongTerms}
 * @param senses      the rules that say in which context some of its terms count
 * @param content     words that make a sentence a sentence of content for this cluster only, beside the
 *                    taxonomy's {@linkplain Taxonomy#content() content words} (接待 and 人次 for tourism)
 */
public record Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms, double threshold,
                      List<TermGroup> named, List<SenseRule> senses, List<String> content) {

    /** The threshold of a cluster whose taxonomy gives none: two strong terms in the body of a text. */
    public static final double DEFAULT_THRESHOLD = 6.0;

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        strongTerms = List.copyOf(strongTerms);
        weakTerms = List.copyOf(weakTerms);
        named = List.copyOf(named);
        senses = List.copyOf(senses);
        content = List.copyOf(content);
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold of cluster " + id + " must be positive: " + threshold);
        }
    }

    /** A cluster without named groups or sense rules. */
    public Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms, double threshold) {
        this(id, name, strongTerms, weakTerms, threshold, List.of(), List.of(), List.of());
    }

    /** A cluster with the {@linkplain #DEFAULT_THRESHOLD default threshold}, without groups or sense rules. */
    public Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms) {
        this(id, name, strongTerms, weakTerms, DEFAULT_THRESHOLD);
    }
}
