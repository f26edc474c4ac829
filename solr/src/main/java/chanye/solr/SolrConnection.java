package chanye.solr;

import chanye.index.schema.ArticleFields;
import chanye.index.schema.ArticleSchema;
import chanye.index.schema.FieldKind;
import chanye.index.schema.SchemaField;
import chanye.solr.configset.SchemaXml;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.SchemaResponse;
import org.apache.solr.common.cloud.DocCollection;

/**
 * One SolrJ client to a cluster, with the collection chanye uses in it: requests are retried while a node or leader
 * is missing, and every failure becomes a {@link SolrUnavailableException} with one line saying what to do.
 */
final class SolrConnection implements Closeable {

    /** Waits between tries of a request that failed for the cluster's reasons: about 30 s in all. */
    private static final List<Duration> BACK_OFF = List.of(Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(15));

    private final SolrTarget target;
    private final String collection;
    private final CloudSolrClient client;
    private final List<Duration> backOff;

    private SolrConnection(SolrTarget target, String collection, CloudSolrClient client, List<Duration> backOff) {
        this.target = target;
        this.collection = collection;
        this.client = client;
        this.backOff = backOff;
    }

    /**
     * Connects to the cluster, without checking for the collection.
     *
     * @throws SolrUnavailableException when the cluster cannot be reached
     */
    static SolrConnection open(SolrTarget target, String collection) throws SolrUnavailableException {
        return open(target, collection, BACK_OFF);
    }

    static SolrConnection open(SolrTarget target, String collection, List<Duration> backOff)
            throws SolrUnavailableException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(collection, "collection");
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withIdleTimeout(120, TimeUnit.SECONDS)
                .withRequestTimeout(120, TimeUnit.SECONDS);
        CloudHttp2SolrClient.Builder builder = target.viaZooKeeper()
                ? new CloudHttp2SolrClient.Builder(target.zkHosts(), target.chroot())
                        .withZkConnectTimeout(10, TimeUnit.SECONDS)
                        .withZkClientTimeout(30, TimeUnit.SECONDS)
                : new CloudHttp2SolrClient.Builder(target.urls());
        CloudSolrClient client;
        try {
            client = builder.withInternalClientBuilder(http).withDefaultCollection(collection).build();
        } catch (RuntimeException e) {
            throw unreachable(target, e);
        }
        SolrConnection connection = new SolrConnection(target, collection, client, List.copyOf(backOff));
        try {
            connection.liveNodes();
        } catch (SolrUnavailableException e) {
            connection.closeQuietly(e);
            throw e;
        }
        return connection;
    }

    private static SolrUnavailableException unreachable(SolrTarget target, Throwable e) {
        String reason = SolrFailures.reason(e);
        String hint = target.viaZooKeeper() && target.chroot().isPresent()
                ? ": check that ZooKeeper runs there and that the Solr nodes use the chroot "
                        + target.chroot().get() + " (a wrong chroot holds no cluster)"
                : ": check that SolrCloud runs there (scripts/solrcloud-local.sh status) and --solr";
        return new SolrUnavailableException("cannot reach SolrCloud at " + target + " (" + reason + ")" + hint, e);
    }

    /** The nodes the cluster has up now. */
    Set<String> liveNodes() throws SolrUnavailableException {
        try {
            Set<String> live = client.getClusterStateProvider().getLiveNodes();
            if (live.isEmpty()) {
                throw new SolrUnavailableException("SolrCloud at " + target + " has no live node: start its nodes"
                        + " (scripts/solrcloud-local.sh start) or check --solr", null);
            }
            return live;
        } catch (RuntimeException e) {
            throw unreachable(target, e);
        }
    }

    /**
     * Checks that the collection exists and has chanye's schema.
     *
     * @throws SolrUnavailableException saying how to create it otherwise
     */
    void requireChanyeCollection() throws SolrUnavailableException {
        List<String> collections = call("list the collections",
                () -> CollectionAdminRequest.listCollections(client));
        if (!collections.contains(collection)) {
            throw new SolrUnavailableException("collection " + collection + " does not exist at " + target
                    + ": create it with chanye solr init --solr " + target + " --collection " + collection, null);
        }
        Set<String> missing = new HashSet<>(requiredFields());
        SchemaResponse.FieldsResponse fields = call("read the schema of " + collection,
                () -> new SchemaRequest.Fields().process(client, collection));
        for (Map<String, Object> field : fields.getFields()) {
            missing.remove(String.valueOf(field.get("name")));
        }
        if (!missing.isEmpty()) {
            throw new SolrUnavailableException("collection " + collection + " at " + target + " does not have"
                    + " chanye's schema (no field " + missing.stream().sorted().findFirst().orElseThrow()
                    + "): give --collection a collection made by chanye solr init, or make one", null);
        }
        DocCollection state = call("read the state of " + collection,
                () -> client.getClusterStateProvider().getCollection(collection));
        requireRoutedByStory(state);
    }

    /**
     * Checks that {@code collection} places documents by their story ({@code router.field=story}), as the
     * collections {@code chanye solr init} makes do, so that the copies of a story share a shard.
     *
     * @throws SolrUnavailableException saying how to make one that does
     */
    void requireRoutedByStory(DocCollection collection) throws SolrUnavailableException {
        String field = collection.getRouter().getRouteField(collection);
        if (!ArticleFields.STORY.equals(field)) {
            throw new SolrUnavailableException("collection " + collection.getName() + " at " + target
                    + " places documents by " + (field == null ? "their URL" : "field " + field) + ", not by their "
                    + ArticleFields.STORY + ", so copies of a story cannot be grouped: make the collection with chanye"
                    + " solr init", null);
        }
    }

    private static Set<String> requiredFields() {
        Set<String> names = new HashSet<>();
        for (SchemaField field : ArticleSchema.FIELDS) {
            names.add(field.name());
            if (field.kind() == FieldKind.TIME) {
                names.add(SchemaXml.millisField(field.name()));
            }
        }
        return names;
    }

    /** A request to Solr, as SolrJ throws. */
    @FunctionalInterface
    interface SolrCall<T> {

        T run() throws Exception;
    }

    /**
     * Runs {@code call}, trying again with growing waits while the failure is the cluster's (a node down, no
     * leader yet, a timeout).
     *
     * @param what what the call does, for the message: "write 100 articles"
     * @throws SolrUnavailableException when it still fails, or fails for a reason that waiting cannot fix
     */
    <T> T call(String what, SolrCall<T> call) throws SolrUnavailableException {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(what, e, attempt);
            } catch (Exception e) {
                if (!SolrFailures.isTransient(e) || attempt >= backOff.size()) {
                    throw failed(what, e, attempt);
                }
                try {
                    Thread.sleep(backOff.get(attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failed(what, e, attempt);
                }
            }
        }
    }

    private SolrUnavailableException failed(String what, Exception e, int retries) {
        if (SolrFailures.isMissingCollection(e)) {
            return new SolrUnavailableException("collection " + collection + " does not exist at " + target
                    + ": create it with chanye solr init --solr " + target + " --collection " + collection, e);
        }
        String tries = retries == 0 ? "" : " after " + (retries + 1) + " tries";
        return new SolrUnavailableException("Solr collection " + collection + " at " + target + ": cannot " + what
                + tries + " (" + SolrFailures.reason(e) + ")", e);
    }

    /** Sends a request to the collection, with the retries of {@link #call}. */
    <R extends SolrResponse> R request(String what, SolrRequest<R> request) throws SolrUnavailableException {
        return call(what, () -> request.process(client, collection));
    }

    /** The SolrJ client, for requests that need more than {@link #request}. */
    CloudSolrClient client() {
        return client;
    }

    SolrTarget target() {
        return target;
    }

    String collection() {
        return collection;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private void closeQuietly(Exception failure) {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
