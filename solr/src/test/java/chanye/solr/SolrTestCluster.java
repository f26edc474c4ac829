package chanye.solr;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.solr.configset.ConfigSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** What the cluster tests share: chanye's configset on disk and the ways to reach a test cluster. */
public final class SolrTestCluster {

    /** The name the tests give chanye's configset in ZooKeeper. */
    public static final String CONFIG = "chanye";

    private SolrTestCluster() {
    }

    /** The configset of the default taxonomy, written into {@code dir}. */
    public static Path writeConfigSet(Path dir) throws IOException {
        ConfigSet configSet = ConfigSet.generate(Taxonomy.loadDefault(), defaultTaxonomyJson());
        Files.createDirectories(dir);
        for (String name : configSet.names()) {
            Files.write(dir.resolve(name), configSet.file(name));
        }
        return dir;
    }

    /** The default taxonomy's file, as bundled. */
    public static byte[] defaultTaxonomyJson() throws IOException {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/chanye/classifier/taxonomy/"
                + Taxonomy.DEFAULT_NAME + ".json")) {
            return Objects.requireNonNull(in, "the bundled default taxonomy").readAllBytes();
        }
    }

    private static final Segmenter SEGMENTER = ArticleClassifier.segmenterFor(Taxonomy.loadDefault());

    /** The segmenter of the default taxonomy, which the tests' collections are made with. */
    public static Segmenter segmenter() {
        return SEGMENTER;
    }

    /** A collection of a test cluster, written with the default taxonomy's segmenter. */
    public static SolrBackend backend(SolrTarget target, String collection) {
        return new SolrBackend(target, collection, SolrTestCluster::segmenter);
    }

    /** The {@code --solr} value of a cluster's ZooKeeper address ({@code host:port/chroot}). */
    public static SolrTarget viaZooKeeper(String zkAddress) {
        return SolrTarget.parse("zk:" + zkAddress);
    }
}
