package chanye.cli.command;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.UserException;
import chanye.cli.pipeline.SolrIndexes;
import chanye.cli.pipeline.Taxonomies;
import chanye.index.IndexBackend;
import chanye.index.LocalIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code --solr} and {@code --collection}: which index a command reads or writes, the local one under
 * {@code --data} (the default) or a collection of a SolrCloud cluster. Nothing of Solr is loaded unless one is named.
 */
public final class IndexOptions {

    /** The environment variable that names a cluster when {@code --solr} is not given. */
    public static final String SOLR_ENV = "CHANYE_SOLR";
    /** The environment variable that names the collection when {@code --collection} is not given. */
    public static final String COLLECTION_ENV = "CHANYE_COLLECTION";
    /** The collection when none is named. */
    public static final String DEFAULT_COLLECTION = "chanye";

    private static final Pattern COLLECTION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Option(names = "--solr", paramLabel = "URL|zk:HOST:PORT[,...][/chroot]",
            description = "Use a collection of this SolrCloud cluster instead of the local index: a node's base URL"
                    + " (http://HOST:8983/solr) or its ZooKeeper (default: $" + SOLR_ENV + ").")
    private String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "The Solr collection (default: $" + COLLECTION_ENV + ", else " + DEFAULT_COLLECTION + ").")
    private String collection;

    private boolean kept;

    /** The cluster named by {@code --solr}, else by {@code $CHANYE_SOLR} (unless a resumed crawl kept its own). */
    public Optional<String> solr() {
        if (solr != null) {
            return Optional.of(solr);
        }
        String environment = System.getenv(SOLR_ENV);
        return kept || environment == null || environment.isBlank() ? Optional.empty() : Optional.of(environment);
    }

    /**
     * The cluster, for commands that only work on one.
     *
     * @throws UserException (bad usage) when none is named
     */
    public String requiredSolr() {
        return solr().orElseThrow(() -> UserException.usage("no cluster: give --solr URL or zk:HOST:PORT (or set $"
                + SOLR_ENV + ")"));
    }

    /**
     * The collection: {@code --collection}, else {@code $CHANYE_COLLECTION}, else {@value #DEFAULT_COLLECTION}.
     *
     * @throws UserException (bad usage) for a name Solr does not allow
     */
    public String collection() {
        String name = collection;
        if (name == null) {
            String environment = System.getenv(COLLECTION_ENV);
            name = environment == null || environment.isBlank() ? DEFAULT_COLLECTION : environment.strip();
        }
        if (!COLLECTION_NAME.matcher(name).matches()) {
            throw UserException.usage("--collection " + name + ": not a collection name (letters, digits, '.', '_'"
                    + " and '-', starting with a letter or digit)");
        }
        return name;
    }

    /**
     * The index: the named Solr collection, else the local index of {@code data} analysed with {@code segmenter}.
     *
     * @throws UserException (bad usage) for a malformed {@code --solr}, or {@code --collection} without a cluster
     */
    public IndexBackend backend(DataDir data, SegmenterSource segmenter) {
        Supplier<Segmenter> asked = () -> {
            try {
                return segmenter.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Optional<String> cluster = solr();
        if (cluster.isPresent()) {
            return SolrIndexes.backend(cluster.get(), collection(), asked);
        }
        if (collection != null) {
            throw UserException.usage("--collection " + collection + " needs a cluster: give --solr URL (or set $"
                    + SOLR_ENV + ")");
        }
        return new LocalIndex(data.index(), asked);
    }

    /** The taxonomy of the index read: a Solr collection's own, else the one {@code data} holds. */
    public Taxonomy taxonomy(DataDir data) throws IOException {
        Optional<String> cluster = solr();
        return cluster.isPresent() ? SolrIndexes.taxonomy(cluster.get(), collection()) : Taxonomies.forData(data);
    }

    /** Where the index's segmenter comes from, asked only when it is first needed (a writer, a query). */
    @FunctionalInterface
    public interface SegmenterSource {

        Segmenter get() throws IOException;
    }

    /**
     * Takes what a resumed crawl kept, unless given on this command line: its cluster ({@code null}: the local
     * index, whatever {@code $CHANYE_SOLR} says) and collection.
     */
    void adopt(ParseResult given, String keptSolr, String keptCollection) {
        if (!given.hasMatchedOption("--solr")) {
            solr = keptSolr;
            kept = true;
        }
        if (!given.hasMatchedOption("--collection") && keptCollection != null) {
            collection = keptCollection;
        }
    }
}
