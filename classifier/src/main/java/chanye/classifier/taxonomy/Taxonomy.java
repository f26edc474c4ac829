package chanye.classifier.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A set of industrial clusters, loaded from a data file so users can replace it.
 *
 * @param name     a short name for the taxonomy
 * @param clusters the clusters, in display order
 */
public record Taxonomy(String name, List<Cluster> clusters) {

    public Taxonomy {
        clusters = List.copyOf(clusters);
    }

    /** The default taxonomy: Xinjiang's eight industrial clusters, from the classifier's resources. */
    public static Taxonomy loadDefault() {
        throw new UnsupportedOperationException("the taxonomy file lands with issue 5");
    }

    /**
     * Loads a taxonomy file.
     *
     * @throws TaxonomyException naming the file and, where it applies, the line, when it cannot be read or is invalid
     */
    public static Taxonomy load(Path file) throws TaxonomyException {
        throw new UnsupportedOperationException("the taxonomy file lands with issue 5");
    }

    /** The cluster with this id or Chinese name. */
    public Optional<Cluster> find(String idOrName) {
        return clusters.stream().filter(c -> c.id().equals(idOrName) || c.name().equals(idOrName)).findFirst();
    }
}
