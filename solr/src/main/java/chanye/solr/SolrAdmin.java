package chanye.solr;

import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import chanye.classifier.taxonomy.TaxonomyReader;
import chanye.index.schema.ArticleFields;
import chanye.solr.configset.ConfigSet;
import chanye.solr.configset.ConfigSetComparison;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.ZookeeperReadApi;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Sets up and inspects chanye collections: uploads the configset and creates the collection ({@link #init}), and
 * reads back the taxonomy a collection classifies with.
 */
public final class SolrAdmin implements Closeable {

    private static final String ZIP = "application/zip";
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;

    private final SolrConnection connection;

    private SolrAdmin(SolrConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects to the cluster to manage {@code collection}, which need not exist yet.
     *
     * @throws SolrUnavailableException when the cluster cannot be reached
     */
    public static SolrAdmin connect(SolrTarget target, String collection) throws SolrUnavailableException {
        return new SolrAdmin(SolrConnection.open(target, collection));
    }

    /**
     * Makes {@code collection} a chanye collection: uploads {@code ours} as the configset of the same name unless
     * it is there already, and creates the collection unless it exists. Running it again changes nothing.
     *
     * @return what was done, one line each
     * @throws SolrUnavailableException when a configset of that name, or the collection's, differs from ours
     *                                  (saying what differs), or the cluster fails
     */
    public List<String> init(ConfigSet ours, int shards, int replicas) throws SolrUnavailableException {
        String name = connection.collection();
        List<String> done = new ArrayList<>();
        DocCollection existing = collection();
        if (existing != null) {
            requireOurs(ours, existing.getConfigName(), "collection " + name + " (configset "
                    + existing.getConfigName() + ")");
            connection.requireRoutedByStory(existing);
            done.add("collection " + name + " exists (" + shape(existing) + ", configset " + existing.getConfigName()
                    + " is chanye's): nothing to do");
            return done;
        }
        List<String> configSets = connection.request("list the configsets", new ConfigSetAdminRequest.List())
                .getConfigSets();
        if (configSets.contains(name)) {
            requireOurs(ours, name, "configset " + name);
            done.add("configset " + name + " is chanye's (unchanged)");
        } else {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(name);
            upload.setUploadStream(new ContentStreamBase.ByteArrayStream(ours.zip(), name + ".zip", ZIP));
            connection.request("upload configset " + name, upload);
            done.add("uploaded configset " + name);
        }
        try {
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, name, shards,
                    replicas).setRouterField(ArticleFields.STORY);
            create.setWaitForFinalState(true);
            connection.call("create collection " + name, () -> create.process(connection.client()));
        } catch (SolrUnavailableException e) {
            throw pluginMissing(e) ? new SolrUnavailableException("cannot create collection " + name + " at "
                    + connection.target() + ": the Solr nodes lack chanye's plugin; copy the jar that chanye solr"
                    + " plugin-path prints into each node's lib/ and restart the nodes", e) : e;
        }
        DocCollection created = collection();
        done.add("created collection " + name + " (" + (created == null ? shards + " shards x " + replicas
                + " replicas" : shape(created)) + ")");
        return done;
    }

    private static boolean pluginMissing(SolrUnavailableException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("hanlp") || message.contains("chanye.solr.plugin");
    }

    private static String shape(DocCollection collection) {
        int replicas = collection.getSlices().stream().mapToInt(slice -> slice.getReplicas().size()).max().orElse(0);
        return collection.getSlices().size() + " shards x " + replicas + " replicas";
    }

    private void requireOurs(ConfigSet ours, String configName, String what) throws SolrUnavailableException {
        Map<String, byte[]> found = new HashMap<>();
        for (String file : ours.names()) {
            byte[] content = configFile(configName, file);
            if (content != null) {
                found.put(file, content);
            }
        }
        List<String> differences = ConfigSetComparison.differences(ours, found::get);
        if (!differences.isEmpty()) {
            throw new SolrUnavailableException(what + " at " + connection.target() + " is not this chanye's: "
                    + String.join("; ", differences) + ". Use another --collection, or delete the collection and"
                    + " configset " + configName + " in Solr first", null);
        }
    }

    /** The collection, or {@code null} when it does not exist. */
    private DocCollection collection() throws SolrUnavailableException {
        return connection.call("read the cluster's state", () -> {
            List<String> names = CollectionAdminRequest.listCollections(connection.client());
            return names.contains(connection.collection())
                    ? connection.client().getClusterStateProvider().getCollection(connection.collection()) : null;
        });
    }

    /**
     * The taxonomy the collection's articles are classified with, from its configset.
     *
     * @throws SolrUnavailableException when the collection does not exist or is not chanye's
     */
    public Taxonomy taxonomy() throws SolrUnavailableException {
        connection.requireChanyeCollection();
        DocCollection collection = collection();
        String configName = collection.getConfigName();
        byte[] json = configFile(configName, ConfigSet.TAXONOMY);
        if (json == null) {
            throw new SolrUnavailableException("collection " + connection.collection() + " at "
                    + connection.target() + " has no " + ConfigSet.TAXONOMY + " in its configset " + configName
                    + ": it was not made by chanye solr init", null);
        }
        try (InputStream in = new ByteArrayInputStream(json)) {
            return TaxonomyReader.read(in, "the taxonomy of collection " + connection.collection());
        } catch (TaxonomyException e) {
            throw new SolrUnavailableException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SolrUnavailableException("cannot read the taxonomy of collection " + connection.collection(), e);
        }
    }

    /** A file of a configset in ZooKeeper, or {@code null} when there is none. */
    private byte[] configFile(String configName, String file) throws SolrUnavailableException {
        String path = "/configs/" + configName + "/" + file;
        return connection.call("read " + path + " in ZooKeeper", () -> {
            ZookeeperReadApi.ReadNodeResponse response;
            try {
                response = new ZookeeperReadApi.ReadNode(path).process(connection.client());
            } catch (SolrException e) {
                if (e.code() == NOT_FOUND) {
                    return null;
                }
                throw e;
            }
            try (InputStream in = response.getResponseStream()) {
                if (response.getHttpStatus() == NOT_FOUND) {
                    return null;
                }
                if (response.getHttpStatus() != OK) {
                    throw new SolrException(SolrException.ErrorCode.getErrorCode(response.getHttpStatus()),
                            "HTTP " + response.getHttpStatus() + " reading " + path);
                }
                return in.readAllBytes();
            }
        });
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
