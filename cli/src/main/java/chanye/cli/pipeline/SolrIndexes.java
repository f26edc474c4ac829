package chanye.cli.pipeline;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.UserException;
import chanye.index.IndexBackend;
import chanye.solr.SolrAdmin;
import chanye.solr.SolrBackend;
import chanye.solr.SolrTarget;
import chanye.solr.configset.ConfigSet;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.List;

/**
 * The CLI's one door to the Solr backend: the only class of the commands that names Solr's, so that a command on the
 * local index never loads SolrJ (it would slow {@code chanye search} down at start-up).
 */
public final class SolrIndexes {

    private SolrIndexes() {
    }

    /**
     * The collection {@code collection} of the cluster {@code solr} (as {@code --solr} gives it); its writers sign
     * stories with {@code segmenter}'s words.
     *
     * @throws UserException (bad usage) when {@code solr} is malformed
     */
    public static IndexBackend backend(String solr, String collection, Supplier<Segmenter> segmenter) {
        return new SolrBackend(target(solr), collection, segmenter);
    }

    /**
     * The cluster as {@code --solr} gives it.
     *
     * @throws UserException (bad usage) when the value is malformed
     */
    public static SolrTarget target(String solr) {
        try {
            return SolrTarget.parse(solr);
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
    }

    /**
     * Makes {@code collection} a chanye collection classified with {@code taxonomy} (its file as given in
     * {@code taxonomyJson}): uploads the configset and creates the collection, each unless already there.
     *
     * @return what was done, one line each
     */
    public static List<String> init(String solr, String collection, int shards, int replicas, Taxonomy taxonomy,
                                    byte[] taxonomyJson) throws IOException {
        try (SolrAdmin admin = SolrAdmin.connect(target(solr), collection)) {
            return admin.init(ConfigSet.generate(taxonomy, taxonomyJson), shards, replicas);
        }
    }

    /** The taxonomy the collection classifies with, from its configset. */
    public static Taxonomy taxonomy(String solr, String collection) throws IOException {
        try (SolrAdmin admin = SolrAdmin.connect(target(solr), collection)) {
            return admin.taxonomy();
        }
    }
}
