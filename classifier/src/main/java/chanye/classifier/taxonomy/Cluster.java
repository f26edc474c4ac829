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
 */
public record Cluster(String id, String name, List<String> strongTerms, List<String> weakTerms) {

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        strongTerms = List.copyOf(strongTerms);
        weakTerms = List.copyOf(weakTerms);
    }
}
