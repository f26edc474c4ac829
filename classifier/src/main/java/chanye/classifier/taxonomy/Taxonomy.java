package chanye.classifier.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * @param content  words that make a sentence speak of an industry's production, trade or projects (产量, 项目,
 *                 收购, 万吨); when given, a cluster is assigned only to a text where one of its terms stands in such
 *                 a sentence, so that a song, a festival or a classroom that names a product is not tagged. Empty
 *                 for no such condition
 * @param unrelated words that make a sentence speak of something else (游客, 演出, 学生, 菜谱): a sentence that holds
 *                  one is no sentence of content, whatever content words it also holds; empty for none
 */
public record Taxonomy(String name, List<Cluster> clusters, List<String> traps, List<String> content,
                       List<String> unrelated) {

    /** The name of the default bundled taxonomy. */
    public static final String DEFAULT_NAME = "xinjiang-8";

    /** The names of the bundled taxonomies, default first. */
    public static final List<String> BUNDLED = List.of(DEFAULT_NAME, "xinjiang-2025-10");

    public Taxonomy {
        Objects.requireNonNull(name, "name");
        clusters = List.copyOf(clusters);
        traps = List.copyOf(traps);
        content = List.copyOf(content);
        unrelated = List.copyOf(unrelated);
    }

    /** A taxonomy without content words. */
    public Taxonomy(String name, List<Cluster> clusters, List<String> traps) {
        this(name, clusters, traps, List.of(), List.of());
    }

    /** A taxonomy without trap words or content words. */
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
     * names, terms, named groups, sense rules and thresholds, in the same order), the same traps and the same
     * content and unrelated words. The names of the taxonomies and the files they came from do not matter.
     */
    public boolean classifiesLike(Taxonomy other) {
        return clusters.equals(other.clusters) && traps.equals(other.traps) && content.equals(other.content)
                && unrelated.equals(other.unrelated);
    }

    /**
     * A short hex digest of everything {@link #classifiesLike} compares: two taxonomies with the same fingerprint tag
     * every text alike, whatever their names and files.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    List.of(clusters, traps, content, unrelated).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The cluster with this id or Chinese name. */
    public Optional<Cluster> find(String idOrName) {
        return clusters.stream().filter(c -> c.id().equals(idOrName) || c.name().equals(idOrName)).findFirst();
    }

    /**
     * Every word the segmenter must keep whole: all clusters' strong and weak terms, the traps, and the clusters'
     * names (so that a text listing the names, 煤炭煤电煤化工, 新能源新材料, does not score for the terms inside them).
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

    /**
     * The words the scorer looks for around the terms: content and unrelated words, the clusters' own content
     * words, and the context words of the sense rules. They are matched as whole words too, but most are common
     * words the segmenter cuts whole anyway.
     */
    public Set<String> contextWords() {
        Set<String> words = new LinkedHashSet<>(content);
        words.addAll(unrelated);
        for (Cluster cluster : clusters) {
            words.addAll(cluster.content());
            for (SenseRule rule : cluster.senses()) {
                words.addAll(rule.require());
                words.addAll(rule.veto());
            }
        }
        return words;
    }
}
