package chanye.index.story;

import chanye.index.schema.ArticleFields;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Gives each article written to the index its story: the story of the closest earlier copy, else a story of its own.
 *
 * <p>Candidates are the documents that share a band with the article: a term lookup per band in a near-real-time
 * reader of the writer, plus the articles assigned since that reader was opened, which it cannot see yet and which
 * are kept in memory until the next refresh (every {@value #REFRESH_EVERY} articles). The candidates sharing the
 * most bands are compared by {@link StoryMatch}; the article joins the story of the best match. Assignments are
 * serialised, so two copies written at once by two threads still meet. Thread-safe.
 */
public final class StoryAssigner implements Closeable {

    /** Articles assigned between two refreshes of the reader. */
    static final int REFRESH_EVERY = 2000;
    /** Candidates from the index compared at most, those sharing the most bands first. */
    static final int CANDIDATES = 8;

    private final SearcherManager searchers;
    private final int refreshEvery;
    private final List<Assignment> pending = new ArrayList<>();
    private final Map<String, List<Assignment>> pendingByBand = new HashMap<>();

    /** An assigner over the documents of {@code writer}, committed or not. */
    public StoryAssigner(IndexWriter writer) throws IOException {
        this(writer, REFRESH_EVERY);
    }

    StoryAssigner(IndexWriter writer, int refreshEvery) throws IOException {
        this.searchers = new SearcherManager(writer, true, false, null);
        this.refreshEvery = refreshEvery;
    }

    /**
     * The story of the article at {@code url} with this signature. Call {@link Assignment#written} once its
     * document is in the writer, or {@link #abandon} when writing it failed.
     */
    public synchronized Assignment assign(String url, MinHash.Signed signed) throws IOException {
        if (pending.size() >= refreshEvery) {
            refresh();
        }
        long story = StoryIds.of(url);
        if (signed.signature().shingles() >= StoryMatch.MIN_SHINGLES) {
            double best = 0;
            for (Candidate candidate : candidates(url, signed)) {
                double score = StoryMatch.score(signed.signature(), candidate.signature());
                if (score > best) {
                    best = score;
                    story = candidate.story();
                }
            }
        }
        Assignment assignment = new Assignment(url, story, signed);
        pending.add(assignment);
        for (String band : signed.bands()) {
            pendingByBand.computeIfAbsent(band, key -> new ArrayList<>(1)).add(assignment);
        }
        return assignment;
    }

    /** Forgets an assignment whose document could not be written. */
    public synchronized void abandon(Assignment assignment) {
        pending.remove(assignment);
        rebuildBandMap();
    }

    private List<Candidate> candidates(String url, MinHash.Signed signed) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (String band : signed.bands()) {
            for (Assignment earlier : pendingByBand.getOrDefault(band, List.of())) {
                if (!earlier.url.equals(url)) {
                    candidates.add(new Candidate(earlier.story, earlier.signed.signature()));
                }
            }
        }
        candidates.addAll(indexed(url, signed));
        return candidates;
    }

    /** The documents in the reader that share the most bands with the article, other than its own URL's. */
    private List<Candidate> indexed(String url, MinHash.Signed signed) throws IOException {
        if (signed.bands().isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String band : signed.bands()) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.STORY_BAND, band))), Occur.SHOULD);
        }
        query.add(new TermQuery(new Term(ArticleFields.URL, url)), Occur.MUST_NOT);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                int doc = hit.doc - leaf.docBase;
                BinaryDocValues signatures = leaf.reader().getBinaryDocValues(ArticleFields.STORY_SIGNATURE);
                SortedDocValues stories = leaf.reader().getSortedDocValues(ArticleFields.STORY);
                if (signatures != null && signatures.advanceExact(doc) && stories != null
                        && stories.advanceExact(doc)) {
                    BytesRef bytes = signatures.binaryValue();
                    candidates.add(new Candidate(StoryIds.read(stories.lookupOrd(stories.ordValue())),
                            StorySignature.fromBytes(bytes.bytes, bytes.offset, bytes.length)));
                }
            }
            return candidates;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Opens a new reader over what has been written, and forgets the assignments it now sees. */
    private void refresh() throws IOException {
        Set<Assignment> written = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.stream().filter(Assignment::isWritten).forEach(written::add);
        searchers.maybeRefreshBlocking();
        pending.removeIf(written::contains);
        rebuildBandMap();
    }

    private void rebuildBandMap() {
        pendingByBand.clear();
        for (Assignment assignment : pending) {
            for (String band : assignment.signed.bands()) {
                pendingByBand.computeIfAbsent(band, key -> new ArrayList<>(1)).add(assignment);
            }
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }

    private record Candidate(long story, StorySignature signature) {
    }

    /** The story given to one article, pending until its document is written. */
    public static final class Assignment {

        private final String url;
        private final long story;
        private final MinHash.Signed signed;
        private volatile boolean written;

        private Assignment(String url, long story, MinHash.Signed signed) {
            this.url = url;
            this.story = story;
            this.signed = signed;
        }

        /** The story id. */
        public long story() {
            return story;
        }

        /** The signature and bands the article was assigned with, to be indexed with it. */
        public MinHash.Signed signed() {
            return signed;
        }

        /** Records that the article's document is in the writer, so the next refreshed reader shows it. */
        public void written() {
            written = true;
        }

        boolean isWritten() {
            return written;
        }
    }
}
