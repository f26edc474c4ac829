package chanye.index;

import chanye.classifier.segment.Segmenter;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ContentHash;
import chanye.index.story.MinHash;
import chanye.index.story.StoryAssigner;
import chanye.index.story.StoryFields;
import chanye.index.story.StoryIds;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles into the Lucene index under a data directory: one document per URL, no content twice on one site,
 * each article in its story (the copies of one article republished across sites). Holds the index's write lock
 * while open.
 *
 * <p>Which URL holds which content on which site is kept in memory (loaded from the index's terms on open, three
 * short strings per document), so {@link #upsert} decides new, changed, unchanged or duplicate without a search,
 * and adds the document of a URL the index does not hold without the delete by URL that replacing one costs;
 * the story of a new or changed article is found by {@link StoryAssigner} from the bands of its body's signature,
 * which it keeps in memory too (loaded on open, some 600 bytes per document).
 * Nothing written is
 * visible to searchers or safe from a crash until {@link #commit}; a Lucene commit is atomic, so a process killed
 * at any moment leaves the index as of the last commit, never broken.
 */
public final class ArticleIndexWriter implements ArticleWriter {

    private static final int URL_LOCK_STRIPES = 64;

    /** Memory for buffered documents before a segment is flushed: larger means fewer, cheaper merges. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final IndexWriter writer;
    /** The writer's analyzer, which documents are analysed with before they wait for {@link #documentLock}. */
    private final Analyzer analysis;
    /** The segmenter of the analysis's word fields, which also gives a body's words for its story signature. */
    private final Segmenter words;
    /** The stories of new articles; {@code null} when stories are not grouped. */
    private final StoryAssigner stories;
    private final Object identityLock = new Object();
    /**
     * Held while a document goes into the writer: Lucene keeps a segment in memory for each thread that writes at
     * once, and flushes every one of them at each commit (several small segments per commit, merged later). Writing
     * one document at a time keeps one segment per commit, while everything before the inversion of its tokens
     * (content hash, signature, story, analysis of the text) runs side by side.
     */
    private final Object documentLock = new Object();
    /** The {@link #copyKey} of what each URL holds. */
    private final Map<String, String> copyByUrl;
    /**
     * URLs of documents without a content hash or site (written by earlier versions), which {@link #copyByUrl}
     * leaves out: a URL in neither has no document, so its article is added without a delete by URL.
     */
    private final Set<String> urlsWithoutCopy;
    /** The URL holding each {@link #copyKey}. */
    private final Map<String, String> urlByCopy;
    private final Object[] urlLocks = new Object[URL_LOCK_STRIPES];

    private ArticleIndexWriter(Directory directory, IndexWriter writer, Segmenter words, boolean groupStories,
                               Identities identities) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.analysis = writer.getConfig().getAnalyzer();
        this.words = words;
        this.stories = groupStories ? new StoryAssigner(writer) : null;
        this.copyByUrl = identities.copyByUrl();
        this.urlsWithoutCopy = identities.urlsWithoutCopy();
        this.urlByCopy = new HashMap<>();
        copyByUrl.forEach((url, copy) -> urlByCopy.putIfAbsent(copy, url));
        for (int i = 0; i < urlLocks.length; i++) {
            urlLocks[i] = new Object();
        }
    }

    /** The key of one content on one site: the same content on another site is a copy, not a duplicate. */
    private static String copyKey(String site, String contentHash) {
        return site.toLowerCase(Locale.ROOT) + '\n' + contentHash;
    }

    /**
     * Opens (or creates) the index in {@code indexDir}.
     *
     * @throws IndexUnavailableException when another writer holds it, or it is corrupt; the message says what to do
     */
    public static ArticleIndexWriter open(Path indexDir, Segmenter segmenter) throws IOException {
        return open(indexDir, segmenter, true);
    }

    /**
     * Opens (or creates) the index in {@code indexDir}, grouping stories or not: without grouping, each article is a
     * story of its own and no signature is kept, which is for measuring what grouping costs (the benchmark harness).
     *
     * @throws IndexUnavailableException when another writer holds it, or it is corrupt; the message says what to do
     */
    public static ArticleIndexWriter open(Path indexDir, Segmenter segmenter, boolean groupStories)
            throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(segmenter, "segmenter");
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw IndexErrors.notADirectory(indexDir);
        }
        Directory directory;
        try {
            Files.createDirectories(indexDir);
            directory = FSDirectory.open(indexDir);
        } catch (AccessDeniedException e) {
            throw IndexErrors.notWritable(indexDir, e);
        }
        try {
            return open(directory, segmenter, groupStories);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw IndexErrors.inUse(indexDir, e);
        } catch (AccessDeniedException e) {
            directory.close();
            throw IndexErrors.notWritable(indexDir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            if (e instanceof IOException io && IndexErrors.isCorruption(io)) {
                throw IndexErrors.corrupt(indexDir, io);
            }
            throw e;
        }
    }

    /**
     * A new, empty index held in memory and dropped with the writer: for running the write path on a throw-away
     * article, as a crawl's start-up does so that its first pages do not wait for that path's one-time work.
     */
    public static ArticleIndexWriter inMemory(Segmenter segmenter) throws IOException {
        return open(new ByteBuffersDirectory(), Objects.requireNonNull(segmenter, "segmenter"), true);
    }

    private static ArticleIndexWriter open(Directory directory, Segmenter segmenter, boolean groupStories)
            throws IOException {
        boolean fresh = !DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(ArticleAnalyzers.forIndex(segmenter))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            if (fresh) {
                writer.commit();
            }
            return new ArticleIndexWriter(directory, writer, segmenter, groupStories, Identities.load(writer));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * The URL of every live document: with its {@link #copyKey} (site and content hash) where it has both, else
     * among the URLs without one. Read from the terms of the three fields (no stored field is decompressed: on
     * 100,000 articles this takes a fraction of the time).
     */
    private record Identities(Map<String, String> copyByUrl, Set<String> urlsWithoutCopy) {

        static Identities load(IndexWriter writer) throws IOException {
            Identities identities = new Identities(new HashMap<>(), new HashSet<>());
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                for (LeafReaderContext context : reader.leaves()) {
                    identities.add(context.reader());
                }
            }
            return identities;
        }

        private void add(LeafReader leaf) throws IOException {
            String[] urls = termPerDoc(leaf, ArticleFields.URL);
            String[] hashes = termPerDoc(leaf, ArticleFields.CONTENT_HASH);
            String[] sites = termPerDoc(leaf, ArticleFields.SITE);
            Bits live = leaf.getLiveDocs();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || urls[doc] == null) {
                    continue;
                }
                if (hashes[doc] != null && sites[doc] != null) {
                    copyByUrl.put(urls[doc], copyKey(sites[doc], hashes[doc]));
                } else {
                    urlsWithoutCopy.add(urls[doc]);
                }
            }
        }
    }

    /** The term of a single-valued string field for each document of the segment, null where it has none. */
    private static String[] termPerDoc(LeafReader leaf, String field) throws IOException {
        String[] values = new String[leaf.maxDoc()];
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return values;
        }
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            String value = term.utf8ToString();
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                values[doc] = value;
            }
        }
        return values;
    }

    /**
     * Adds the article, or replaces the document with its URL, in the story of its nearest earlier copy (else in a
     * story of its own); thread-safe, and threads writing at once still fill one segment. See
     * {@link ArticleWriter#upsert}: the same content under another URL of the same site is a duplicate; on another
     * site it is a copy, and indexed.
     */
    @Override
    public UpsertResult upsert(IndexedArticle article) throws IOException {
        return store(article, false);
    }

    /**
     * Replaces the document of the article's URL in one update, its content unchanged or not, as when it is
     * re-tagged; its story is found again as for an upsert. Thread-safe.
     */
    @Override
    public void replace(IndexedArticle article) throws IOException {
        store(article, true);
    }

    /**
     * Writes the article under its URL in its story; unless {@code always}, not when the URL already holds this
     * content, nor when another URL of the site does.
     */
    private UpsertResult store(IndexedArticle article, boolean always) throws IOException {
        Objects.requireNonNull(article, "article");
        String url = article.url();
        String copy = copyKey(article.site(), ContentHash.of(article.title(), article.body()));
        synchronized (lockOf(url)) {
            String previous;
            boolean held;
            synchronized (identityLock) {
                previous = copyByUrl.get(url);
                held = previous != null || urlsWithoutCopy.contains(url);
                if (!always && copy.equals(previous)) {
                    return UpsertResult.UNCHANGED;
                }
                String holder = urlByCopy.get(copy);
                if (holder != null && !holder.equals(url)) {
                    if (!always) {
                        return UpsertResult.DUPLICATE;
                    }
                    throw new IOException("cannot replace " + url + ": " + holder + " holds its content");
                }
                assign(url, previous, copy);
            }
            StoryAssigner.Assignment story = null;
            try {
                StoryFields fields;
                if (stories == null) {
                    fields = StoryFields.unsigned(StoryIds.of(url));
                } else {
                    MinHash.Signed signed = MinHash.sign(words.words(article.body()));
                    story = stories.assign(url, signed);
                    fields = StoryFields.of(story.story(), signed);
                }
                Document document = ArticleDocuments.toDocument(article, copy.substring(copy.indexOf('\n') + 1),
                        fields, analysis, words);
                synchronized (documentLock) {
                    if (held) {
                        writer.updateDocument(new Term(ArticleFields.URL, url), document);
                    } else {
                        writer.addDocument(document);
                    }
                }
                if (held && previous == null) {
                    synchronized (identityLock) {
                        urlsWithoutCopy.remove(url);
                    }
                }
                if (story != null) {
                    story.written();
                }
            } catch (IOException | RuntimeException e) {
                if (story != null) {
                    stories.abandon(story);
                }
                synchronized (identityLock) {
                    assign(url, copy, previous);
                }
                throw new IOException("cannot index " + url + ": " + e.getMessage(), e);
            }
        }
        return UpsertResult.INDEXED;
    }

    /** The lock that orders the writes of one URL (striped: URLs share a few locks). */
    private Object lockOf(String url) {
        return urlLocks[Math.floorMod(url.hashCode(), urlLocks.length)];
    }

    /** Records that {@code url} now holds {@code copy} instead of {@code previous} (either may be null). */
    private void assign(String url, String previous, String copy) {
        if (previous != null) {
            urlByCopy.remove(previous, url);
        }
        if (copy == null) {
            copyByUrl.remove(url);
        } else {
            copyByUrl.put(url, copy);
            urlByCopy.put(copy, url);
        }
    }

    @Override
    public Optional<String> urlWithContent(String site, String contentHash) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(contentHash, "contentHash");
        synchronized (identityLock) {
            return Optional.ofNullable(urlByCopy.get(copyKey(site, contentHash)));
        }
    }

    /** Removes the document of {@code url}; thread-safe. */
    @Override
    public boolean delete(String url) throws IOException {
        Objects.requireNonNull(url, "url");
        synchronized (lockOf(url)) {
            String previous;
            boolean withoutCopy;
            synchronized (identityLock) {
                previous = copyByUrl.get(url);
                withoutCopy = previous == null && urlsWithoutCopy.remove(url);
                if (previous == null && !withoutCopy) {
                    return false;
                }
                if (previous != null) {
                    assign(url, previous, null);
                }
            }
            try {
                writer.deleteDocuments(new Term(ArticleFields.URL, url));
                if (stories != null) {
                    stories.forget(url);
                }
            } catch (IOException | RuntimeException e) {
                synchronized (identityLock) {
                    if (withoutCopy) {
                        urlsWithoutCopy.add(url);
                    } else {
                        assign(url, null, previous);
                    }
                }
                throw new IOException("cannot delete " + url + ": " + e.getMessage(), e);
            }
            return true;
        }
    }

    /** Makes everything written so far durable and visible to new searchers. */
    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /** Commits and releases the write lock. */
    @Override
    public void close() throws IOException {
        try (directory; writer) {
            if (stories != null) {
                stories.close();
            }
        }
    }
}
