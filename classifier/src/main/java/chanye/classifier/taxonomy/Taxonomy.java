package chanye.classifier.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of industrial clusters, loaded from a data file so users can replace it.
 *
 * <p>Two taxonomies ship in the classifier's resources: {@value #DEFAULT_NAME} (the eight clusters of 2022, the
 * default) and {@code xinjiang-2025-10} (the ten clusters of the 2025 government work report). The file format
 * is described in {@link TaxonomyReader}.
 *
 * @param name     a short name for the taxonomy
 * @param clusters the clusters, in display order
 * @param traps    words that contain a cluster term but are about something else (煤气, 棉花糖, 葡萄牙); they are
 *                 kept whole by the segmenter and count for no cluster
 */
public record Taxonomy(String name, List<Cluster> clusters, List<String> traps) {

    /** The name of the default bundled taxonomy. */
    public static final String DEFAULT_NAME = "xinjiang-8";

    /** The names of the bundled taxonomies, default first. */
    public static final List<String> BUNDLED = List.of(DEFAULT_NAME, "xinjiang-2025-10");

    public Taxonomy {
        Objects.requireNonNull(name, "name");
        clusters = List.copyOf(clusters);
        traps = List.copyOf(traps);
    }

    /** A taxonomy without trap words. */
    public Taxonomy(String name, List<Cluster> clusters) {
        this(name, clusters, List.of());
    }

    /** The default taxonomy: Xinjiang's eight industrial clusters, from the classifier's resources. */
    public static Taxonomy loadDefault() {
        try {
            return loadBundled(DEFAULT_NAME);
        } catch (TaxonomyException e) {
            throw new UncheckedIOException("the bundled default taxonomy is broken", e);
        }
    }

    /**
     * Loads a taxonomy bundled in the classifier's resources by name, one of {@link #BUNDLED}.
     *
     * @throws TaxonomyException naming the taxonomy when there is no such bundled taxonomy
     */
    public static Taxonomy loadBundled(String name) throws TaxonomyException {
        Objects.requireNonNull(name, "name");
        if (!BUNDLED.contains(name)) {
            throw new TaxonomyException("no bundled taxonomy named '" + name + "'; bundled are " + BUNDLED);
        }
        String resource = name + ".json";
        try (InputStream in = Taxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TaxonomyException("bundled taxonomy " + resource + " is missing from the classpath");
            }
            return TaxonomyReader.read(in, "bundled taxonomy " + resource);
        } catch (TaxonomyException e) {
            throw e;
        } catch (IOException e) {
            throw new TaxonomyException("cannot read bundled taxonomy " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a taxonomy file.
     *
     * @throws TaxonomyException one line starting with {@code taxonomy file PATH}: no such file, not readable, or
     *                           the line and column where the file is not a valid taxonomy
     */
    public static Taxonomy load(Path file) throws TaxonomyException {
        Objects.requireNonNull(file, "file");
        String source = "taxonomy file " + file;
        if (Files.isDirectory(file)) {
            throw new TaxonomyException(source + ": is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TaxonomyReader.read(in, source);
        } catch (NoSuchFileException e) {
            throw new TaxonomyException(source + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new TaxonomyException(source + ": cannot read (permission denied)", e);
        } catch (TaxonomyException e) {
            throw e;
        } catch (IOException e) {
            throw new TaxonomyException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether {@code other} tags and segments every text exactly as this taxonomy does: the same clusters (ids,
     * names, terms and thresholds, in the same order) and the same traps. The names of the taxonomies and the
     * files they came from do not matter.
     */
    public boolean classifiesLike(Taxonomy other) {
        return clusters.equals(other.clusters) && traps.equals(other.traps);
    }

    /** The cluster with this id or Chinese name. */
    public Optional<Cluster> find(String idOrName) {
        return clusters.stream().filter(c -> c.id().equals(idOrName) || c.name().equals(idOrName)).findFirst();
    }

    /**
     * Every word the segmenter must keep whole: all clusters' strong and weak terms, the traps, and the clusters'
     * names, so that a text listing the names (煤炭煤电煤化工, 新能源新材料) does not score for the terms inside them.
     */
    public Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        for (Cluster cluster : clusters) {
            words.add(cluster.name());
            words.addAll(cluster.strongTerms());
            words.addAll(cluster.weakTerms());
        }
        words.addAll(traps);
        return words;
    }
}
