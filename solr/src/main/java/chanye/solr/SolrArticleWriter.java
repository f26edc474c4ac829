package chanye.solr;

import chanye.classifier.segment.Segmenter;
import chanye.index.ArticleWriter;
import chanye.index.IndexedArticle;
import chanye.index.UpsertResult;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ContentHash;
import chanye.index.story.MinHash;
import chanye.index.story.StoryAssigner;
import chanye.index.story.StoryFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Writes articles into a chanye collection with the local writer's rules: one document per URL, no content twice on
 * one site, and each article in the story of its closest earlier copy (found by {@link StoryAssigner} among the
 * collection's documents and this writer's own recent ones).
 *
 * <p>The collection routes documents by story ({@code router.field=story}), so that the copies of a story share a
 * shard and a search can group them there; a URL whose story changes is deleted from its old story's shard first.
 * Each upsert asks the collection which document holds the URL and which holds the content on the same site (one
 * query); what this writer wrote since its last commit, which searches do not see yet, it remembers itself. Documents
 * are sent in batches of {@value #BATCH}, one batch at a time so that a URL's later version always arrives last;
 * {@link #commit} sends the rest and makes everything visible (a soft commit). An acknowledged batch is in the
 * transaction logs of the shard's replicas, so a node that dies replays it. Requests are retried while a node is down
 * or a leader is being elected; when they still fail, the writer says so and every later call fails at once, so that
 * the crawl ends and its unindexed pages stay queued for {@code --resume}.
 *
 * <p>Two workers that meet the same article within one commit of each other do not see each other's uncommitted
 * writes: copies on two sites may then start two stories. Workers split by host never write one URL. Thread-safe.
 */
final class SolrArticleWriter implements ArticleWriter {

    /** Documents per update request. */
    static final int BATCH = 200;

    private static final int URL_LOCK_STRIPES = 64;
    private static final int HOLDERS_ASKED = 10;

    private final SolrConnection connection;
    private final Segmenter segmenter;
    private final StoryAssigner stories;
    private final Object[] urlLocks = new Object[URL_LOCK_STRIPES];
    private final Object identityLock = new Object();
    private final Object sendLock = new Object();
    /** What this writer gave each URL since its last commit; the URLs it deleted are in {@link #deleted}. */
    private final Map<String, Written> writtenByUrl = new HashMap<>();
    private final Map<String, String> urlByCopy = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();
    /** Documents not sent yet, in the order written. */
    private final List<Pending> unsent = new ArrayList<>();
    /** Documents sent since the last commit, which the next one makes visible. */
    private final List<Pending> sent = new ArrayList<>();
    private volatile SolrUnavailableException broken;

    SolrArticleWriter(SolrConnection connection, Segmenter segmenter) {
        this.connection = connection;
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.stories = new StoryAssigner(new SolrStoryCandidates(connection), Integer.MAX_VALUE);
        for (int i = 0; i < urlLocks.length; i++) {
            urlLocks[i] = new Object();
        }
    }

    /** A document as far as the rules go: the site and content a URL holds, and its story. */
    private record Written(String url, String copy, String story) {
    }

    /** A document on its way into the collection, with what it changed in this writer's memory. */
    private record Pending(SolrInputDocument doc, Written written, StoryAssigner.Assignment assignment) {
    }

    private static String copyKey(String site, String contentHash) {
        return site.toLowerCase(Locale.ROOT) + '\n' + contentHash;
    }

    @Override
    public UpsertResult upsert(IndexedArticle article) throws IOException {
        Objects.requireNonNull(article, "article");
        requireWorking();
        String url = article.url();
        String hash = ContentHash.of(article.title(), article.body());
        String copy = copyKey(article.site(), hash);
        boolean full;
        synchronized (lockOf(url)) {
            List<Written> committed = holders(url, article.site(), hash);
            Written previous;
            synchronized (identityLock) {
                previous = current(url, committed);
                if (previous != null && copy.equals(previous.copy())) {
                    return UpsertResult.UNCHANGED;
                }
                if (otherHolder(url, copy, committed).isPresent()) {
                    return UpsertResult.DUPLICATE;
                }
            }
            MinHash.Signed signed = MinHash.sign(segmenter.words(article.body()));
            StoryAssigner.Assignment assignment = stories.assign(url, signed);
            StoryFields story = StoryFields.of(assignment.story(), signed);
            try {
                if (previous != null && !previous.story().equals(story.story())) {
                    deleteNow(url, previous.story(), "move " + url + " to another story");
                }
                Written written = new Written(url, copy, story.story());
                synchronized (identityLock) {
                    remember(written);
                    unsent.add(new Pending(SolrDocuments.toSolr(article, hash, story), written, assignment));
                    full = unsent.size() >= BATCH;
                }
            } catch (SolrUnavailableException | RuntimeException e) {
                stories.abandon(assignment);
                throw e;
            }
        }
        if (full) {
            send();
        }
        return UpsertResult.INDEXED;
    }

    @Override
    public Optional<String> urlWithContent(String site, String contentHash) throws IOException {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(contentHash, "contentHash");
        requireWorking();
        List<Written> committed = holders(null, site, contentHash);
        synchronized (identityLock) {
            return otherHolder(null, copyKey(site, contentHash), committed);
        }
    }

    @Override
    public boolean delete(String url) throws IOException {
        Objects.requireNonNull(url, "url");
        requireWorking();
        synchronized (lockOf(url)) {
            List<Written> committed = holders(url, null, null);
            Written previous;
            synchronized (identityLock) {
                previous = current(url, committed);
            }
            if (previous == null) {
                return false;
            }
            deleteNow(url, previous.story(), "delete " + url);
            return true;
        }
    }

    /**
     * Deletes the document of {@code url} from the shard of its story, after sending what was written before, so
     * that the order of writes holds.
     */
    private void deleteNow(String url, String story, String what) throws SolrUnavailableException {
        synchronized (sendLock) {
            send();
            UpdateRequest request = new UpdateRequest();
            request.deleteById(url, story);
            write(what, request);
            synchronized (identityLock) {
                forget(url);
                deleted.add(url);
            }
        }
    }

    /** The committed documents of {@code url} (if not null) and of the content on {@code site} (if not null). */
    private List<Written> holders(String url, String site, String hash) throws SolrUnavailableException {
        SolrQuery query = new SolrQuery("*:*");
        List<String> any = new ArrayList<>();
        if (url != null) {
            any.add(SolrSearches.term(ArticleFields.URL, url));
        }
        if (site != null) {
            any.add("(" + SolrSearches.term(ArticleFields.SITE, site.toLowerCase(Locale.ROOT)) + " AND "
                    + SolrSearches.term(ArticleFields.CONTENT_HASH, hash) + ")");
        }
        query.addFilterQuery(String.join(" OR ", any));
        query.setFields(ArticleFields.URL, ArticleFields.SITE, ArticleFields.CONTENT_HASH, ArticleFields.STORY);
        query.setRows(HOLDERS_ASKED);
        query.setSort(ArticleFields.URL, SolrQuery.ORDER.asc);
        QueryResponse response = call(url == null ? "look up a content" : "look up " + url,
                () -> new QueryRequest(query, SolrRequest.METHOD.POST).process(connection.client(),
                        connection.collection()));
        List<Written> holders = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            holders.add(new Written(String.valueOf(doc.getFirstValue(ArticleFields.URL)),
                    copyKey(String.valueOf(doc.getFirstValue(ArticleFields.SITE)),
                            String.valueOf(doc.getFirstValue(ArticleFields.CONTENT_HASH))),
                    String.valueOf(doc.getFirstValue(ArticleFields.STORY))));
        }
        return holders;
    }

    /** What {@code url} holds now: what this writer gave it, else what the collection has; null for nothing. */
    private Written current(String url, List<Written> committed) {
        if (writtenByUrl.containsKey(url)) {
            return writtenByUrl.get(url);
        }
        if (deleted.contains(url)) {
            return null;
        }
        return committed.stream().filter(w -> w.url().equals(url)).findFirst().orElse(null);
    }

    /** A URL other than {@code url} that holds {@code copy} (a site and content) now. */
    private Optional<String> otherHolder(String url, String copy, List<Written> committed) {
        String mine = urlByCopy.get(copy);
        if (mine != null && !mine.equals(url)) {
            return Optional.of(mine);
        }
        return committed.stream()
                .filter(w -> w.copy().equals(copy) && !w.url().equals(url))
                .map(Written::url)
                .filter(other -> {
                    Written now = current(other, committed);
                    return now != null && copy.equals(now.copy());
                })
                .findFirst();
    }

    private void remember(Written written) {
        forget(written.url());
        writtenByUrl.put(written.url(), written);
        urlByCopy.put(written.copy(), written.url());
        deleted.remove(written.url());
    }

    private void forget(String url) {
        Written previous = writtenByUrl.remove(url);
        if (previous != null) {
            urlByCopy.remove(previous.copy(), url);
        }
    }

    private Object lockOf(String url) {
        return urlLocks[Math.floorMod(url.hashCode(), urlLocks.length)];
    }

    /** Sends the documents not sent yet, one batch at a time. */
    private void send() throws SolrUnavailableException {
        synchronized (sendLock) {
            List<Pending> batch;
            synchronized (identityLock) {
                batch = new ArrayList<>(unsent);
                unsent.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            UpdateRequest request = new UpdateRequest();
            batch.forEach(pending -> request.add(pending.doc()));
            write("write " + batch.size() + " articles", request);
            sent.addAll(batch);
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
                for (Pending visible : sent) {
                    if (writtenByUrl.get(visible.written().url()) == visible.written()) {
                        forget(visible.written().url());
                    }
                    visible.assignment().written();
                }
                deleted.clear();
            }
            sent.clear();
            stories.refresh();
        }
    }

    /** Commits, unless the collection has failed already, and disconnects. */
    @Override
    public void close() throws IOException {
        try (connection; stories) {
            if (broken == null) {
                commit();
            }
        }
    }
}
