package chanye.index;

import chanye.classifier.segment.Segmenter;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ContentHash;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles into the Lucene index under a data directory: one document per URL, no content twice.
 * Holds the index's write lock while open.
 *
 * <p>Which URL holds which content is kept in memory (loaded from the index's terms on open, two short strings per
 * document), so {@link #upsert} decides new, changed, unchanged or duplicate without a search. Nothing written is
 * visible to searchers or safe from a crash until {@link #commit}; a Lucene commit is atomic, so a process killed
 * at any moment leaves the index as of the last commit, never broken.
 */
public final class ArticleIndexWriter implements ArticleWriter {

    private static final int URL_LOCK_STRIPES = 64;

    /** Memory for buffered documents before a segment is flushed: larger means fewer, cheaper merges. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final IndexWriter writer;
    private final Object identityLock = new Object();
    private final Map<String, String> hashByUrl;
    private final Map<String, String> urlByHash;
    private final Object[] urlLocks = new Object[URL_LOCK_STRIPES];

    private ArticleIndexWriter(Directory directory, IndexWriter writer, Map<String, String> hashByUrl) {
        this.directory = directory;
        this.writer = writer;
        this.hashByUrl = hashByUrl;
        this.urlByHash = new HashMap<>();
        hashByUrl.forEach((url, hash) -> urlByHash.putIfAbsent(hash, url));
        for (int i = 0; i < urlLocks.length; i++) {
            urlLocks[i] = new Object();
        }
    }

    /**
     * Opens (or creates) the index in {@code indexDir}.
     *
     * @throws IndexUnavailableException when another writer holds it, or it is corrupt; the message says what to do
     */
    public static ArticleIndexWriter open(Path indexDir, Segmenter segmenter) throws IOException {
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
            return open(directory, segmenter);
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

    private static ArticleIndexWriter open(Directory directory, Segmenter segmenter) throws IOException {
        boolean fresh = !DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(ArticleAnalyzers.forIndex(segmenter))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            if (fresh) {
                writer.commit();
            }
            return new ArticleIndexWriter(directory, writer, loadIdentities(writer));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * URL to content hash for every live document, read from the terms of the two fields (no stored field is
     * decompressed: on 100,000 articles this takes a fraction of the time).
     */
    private static Map<String, String> loadIdentities(IndexWriter writer) throws IOException {
        Map<String, String> hashByUrl = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                String[] urls = termPerDoc(leaf, ArticleFields.URL);
                String[] hashes = termPerDoc(leaf, ArticleFields.CONTENT_HASH);
                Bits live = leaf.getLiveDocs();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && urls[doc] != null && hashes[doc] != null) {
                        hashByUrl.put(urls[doc], hashes[doc]);
                    }
                }
            }
        }
        return hashByUrl;
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

    /** Adds the article, or replaces the document with its URL; thread-safe. See {@link ArticleWriter#upsert}. */
    @Override
    public UpsertResult upsert(IndexedArticle article) throws IOException {
        Objects.requireNonNull(article, "article");
        String url = article.url();
        String hash = ContentHash.of(article.title(), article.body());
        synchronized (lockOf(url)) {
            String previous;
            synchronized (identityLock) {
                previous = hashByUrl.get(url);
                if (hash.equals(previous)) {
                    return UpsertResult.UNCHANGED;
                }
                if (urlByHash.containsKey(hash)) {
                    return UpsertResult.DUPLICATE;
                }
                assign(url, previous, hash);
            }
            try {
                writer.updateDocument(new Term(ArticleFields.URL, url), ArticleDocuments.toDocument(article, hash));
            } catch (IOException | RuntimeException e) {
                synchronized (identityLock) {
                    assign(url, hash, previous);
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

    /** Records that {@code url} now holds {@code hash} instead of {@code previous} (either may be null). */
    private void assign(String url, String previous, String hash) {
        if (previous != null) {
            urlByHash.remove(previous, url);
        }
        if (hash == null) {
            hashByUrl.remove(url);
        } else {
            hashByUrl.put(url, hash);
            urlByHash.put(hash, url);
        }
    }

    @Override
    public Optional<String> urlWithContent(String contentHash) {
        Objects.requireNonNull(contentHash, "contentHash");
        synchronized (identityLock) {
            return Optional.ofNullable(urlByHash.get(contentHash));
        }
    }

    /** Removes the document of {@code url}; thread-safe. */
    @Override
    public boolean delete(String url) throws IOException {
        Objects.requireNonNull(url, "url");
        synchronized (lockOf(url)) {
            String previous;
            synchronized (identityLock) {
                previous = hashByUrl.get(url);
                if (previous == null) {
                    return false;
                }
                assign(url, previous, null);
            }
            try {
                writer.deleteDocuments(new Term(ArticleFields.URL, url));
            } catch (IOException | RuntimeException e) {
                synchronized (identityLock) {
                    assign(url, null, previous);
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
        try (directory) {
            writer.close();
        }
    }
}
