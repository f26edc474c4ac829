package chanye.solr;

import chanye.index.ArticleWriter;
import chanye.index.IndexedArticle;
import chanye.index.UpsertResult;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ContentHash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Writes articles into a chanye collection with the local writer's rules: one document per URL (the collection's
 * key, so an update from any worker lands on the same shard), and no content twice.
 *
 * <p>Each upsert asks the collection which document holds the URL and which holds the content (one query on the
 * {@code url} and {@code contentHash} fields); what this writer wrote since its last commit, which searches do not
 * see yet, it remembers itself. Documents are sent in batches of {@value #BATCH}, one batch at a time so that a
 * URL's later version always arrives last; {@link #commit} sends the rest and makes everything visible (a soft
 * commit). An acknowledged batch is in the transaction logs of the shard's replicas, so a node that dies replays it.
 * Requests are retried while a node is down or a leader is being elected; when they still fail, the writer says so
 * and every later call fails at once, so that the crawl ends and its unindexed pages stay queued for
 * {@code --resume}.
 *
 * <p>Two workers that meet the same story under two URLs within one commit of each other may both index it: they do
 * not see each other's uncommitted writes. Thread-safe.
 */
final class SolrArticleWriter implements ArticleWriter {

    /** Documents per update request. */
    static final int BATCH = 200;

    private static final int URL_LOCK_STRIPES = 64;
    private static final int HOLDERS_ASKED = 10;

    private final SolrConnection connection;
    private final Object[] urlLocks = new Object[URL_LOCK_STRIPES];
    private final Object identityLock = new Object();
    private final Object sendLock = new Object();
    /** URL to the content this writer gave it since the last commit; the URLs it deleted are in {@link #deleted}. */
    private final Map<String, String> hashByUrl = new HashMap<>();
    private final Map<String, String> urlByHash = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final List<SolrInputDocument> unsent = new ArrayList<>();
    private volatile SolrUnavailableException broken;

    SolrArticleWriter(SolrConnection connection) {
        this.connection = connection;
        for (int i = 0; i < urlLocks.length; i++) {
            urlLocks[i] = new Object();
        }
    }

    @Override
    public UpsertResult upsert(IndexedArticle article) throws IOException {
        Objects.requireNonNull(article, "article");
        requireWorking();
        String url = article.url();
        String hash = ContentHash.of(article.title(), article.body());
        boolean full;
        synchronized (lockOf(url)) {
            List<Holder> committed = holders(url, hash);
            synchronized (identityLock) {
                if (hash.equals(currentHash(url, committed))) {
                    return UpsertResult.UNCHANGED;
                }
                if (otherHolder(url, hash, committed).isPresent()) {
                    return UpsertResult.DUPLICATE;
                }
                String previous = hashByUrl.put(url, hash);
                if (previous != null) {
                    urlByHash.remove(previous, url);
                }
                urlByHash.put(hash, url);
                deleted.remove(url);
                synchronized (unsent) {
                    unsent.add(SolrDocuments.toSolr(article, hash));
                    full = unsent.size() >= BATCH;
                }
            }
        }
        if (full) {
            send();
        }
        return UpsertResult.INDEXED;
    }

    @Override
    public Optional<String> urlWithContent(String contentHash) throws IOException {
        Objects.requireNonNull(contentHash, "contentHash");
        requireWorking();
        List<Holder> committed = holders(null, contentHash);
        synchronized (identityLock) {
            return otherHolder(null, contentHash, committed);
        }
    }

    @Override
    public boolean delete(String url) throws IOException {
        Objects.requireNonNull(url, "url");
        requireWorking();
        synchronized (lockOf(url)) {
            List<Holder> committed = holders(url, null);
            synchronized (identityLock) {
                if (currentHash(url, committed) == null) {
                    return false;
                }
            }
            send();
            UpdateRequest request = new UpdateRequest();
            request.deleteById(url);
            write("delete " + url, request);
            synchronized (identityLock) {
                String previous = hashByUrl.remove(url);
                if (previous != null) {
                    urlByHash.remove(previous, url);
                }
                deleted.add(url);
            }
            return true;
        }
    }

    /** A document the collection's searches see: its URL and content. */
    private record Holder(String url, String hash) {
    }

    /** The committed documents of {@code url} (if not null) and of {@code hash} (if not null). */
    private List<Holder> holders(String url, String hash) throws SolrUnavailableException {
        SolrQuery query = new SolrQuery("*:*");
        List<String> any = new ArrayList<>();
        if (url != null) {
            any.add(SolrSearches.term(ArticleFields.URL, url));
        }
        if (hash != null) {
            any.add(SolrSearches.term(ArticleFields.CONTENT_HASH, hash));
        }
        query.addFilterQuery(String.join(" OR ", any));
        query.setFields(ArticleFields.URL, ArticleFields.CONTENT_HASH);
        query.setRows(HOLDERS_ASKED);
        query.setSort(ArticleFields.URL, SolrQuery.ORDER.asc);
        QueryResponse response = call(url == null ? "look up a content" : "look up " + url,
                () -> new QueryRequest(query, SolrRequest.METHOD.POST).process(connection.client(),
                        connection.collection()));
        List<Holder> holders = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            holders.add(new Holder(String.valueOf(doc.getFirstValue(ArticleFields.URL)),
                    String.valueOf(doc.getFirstValue(ArticleFields.CONTENT_HASH))));
        }
        return holders;
    }

    /** The content {@code url} holds now: what this writer gave it, else what the collection has; null for none. */
    private String currentHash(String url, List<Holder> committed) {
        if (hashByUrl.containsKey(url)) {
            return hashByUrl.get(url);
        }
        if (deleted.contains(url)) {
            return null;
        }
        return committed.stream().filter(h -> h.url().equals(url)).map(Holder::hash).findFirst().orElse(null);
    }

    /** A URL other than {@code url} that holds {@code hash} now. */
    private Optional<String> otherHolder(String url, String hash, List<Holder> committed) {
        String mine = urlByHash.get(hash);
        if (mine != null && !mine.equals(url)) {
            return Optional.of(mine);
        }
        return committed.stream()
                .filter(h -> h.hash().equals(hash) && !h.url().equals(url))
                .map(Holder::url)
                .filter(other -> hash.equals(currentHash(other, committed)))
                .findFirst();
    }

    private Object lockOf(String url) {
        return urlLocks[Math.floorMod(url.hashCode(), urlLocks.length)];
    }

    /** Sends the documents not sent yet, one batch at a time. */
    private void send() throws SolrUnavailableException {
        synchronized (sendLock) {
            List<SolrInputDocument> batch;
            synchronized (unsent) {
                batch = new ArrayList<>(unsent);
                unsent.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            UpdateRequest request = new UpdateRequest();
            request.add(batch);
            write("write " + batch.size() + " articles", request);
        }
    }

    private void write(String what, UpdateRequest request) throws SolrUnavailableException {
        call(what, () -> request.process(connection.client(), connection.collection()));
    }

    private <T> T call(String what, SolrConnection.SolrCall<T> call) throws SolrUnavailableException {
        try {
            return connection.call(what, call);
        } catch (SolrUnavailableException e) {
            broken = e;
            throw e;
        }
    }

    private void requireWorking() throws SolrUnavailableException {
        SolrUnavailableException failure = broken;
        if (failure != null) {
            throw new SolrUnavailableException(failure.getMessage(), failure);
        }
    }

    /** Sends what is left and makes every write visible to searches (a soft commit on every replica). */
    @Override
    public void commit() throws IOException {
        requireWorking();
        synchronized (sendLock) {
            send();
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true, true);
            write("commit", commit);
            synchronized (identityLock) {
                hashByUrl.clear();
                urlByHash.clear();
                deleted.clear();
            }
        }
    }

    /** Commits, unless the collection has failed already, and disconnects. */
    @Override
    public void close() throws IOException {
        try (connection) {
            if (broken == null) {
                commit();
            }
        }
    }
}
