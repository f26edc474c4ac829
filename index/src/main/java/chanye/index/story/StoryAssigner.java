package chanye.index.story;

import chanye.index.schema.ArticleFields;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
    /** Candidates compared at most from the index, and from the pending assignments, those sharing the most bands. */
    static final int CANDIDATES = 8;
    /** Pending assignments kept per band, the latest. */
    static final int PENDING_PER_BAND = 64;

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
        byBand(assignment);
        return assignment;
    }

    /** Forgets an assignment whose document could not be written. */
    public synchronized void abandon(Assignment assignment) {
        pending.remove(assignment);
        rebuildBandMap();
    }

    /**
     * The pending assignments and the indexed documents that share the most bands with the article, at most
     * {@value #CANDIDATES} of each: articles written to one template share some bands with many others, and comparing
     * every one of them would make a crawl's cost grow with the square of its size.
     */
    private List<Candidate> candidates(String url, MinHash.Signed signed) throws IOException {
        Map<Assignment, Integer> sharedBands = new LinkedHashMap<>();
        for (String band : signed.bands()) {
            for (Assignment earlier : pendingByBand.getOrDefault(band, List.of())) {
                if (!earlier.url.equals(url)) {
                    sharedBands.merge(earlier, 1, Integer::sum);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        sharedBands.entrySet().stream()
                .sorted(Map.Entry.<Assignment, Integer>comparingByValue().reversed())
                .limit(CANDIDATES)
                .forEach(e -> candidates.add(new Candidate(e.getKey().story, e.getKey().signed.signature())));
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
        pending.forEach(this::byBand);
    }

    /**
     * Files a pending assignment under each of its bands, each band keeping its {@value #PENDING_PER_BAND} latest: a
     * band that many articles share (a template's phrase) tells little, and scanning it whole for every article would
     * cost the square of the articles pending.
     */
    private void byBand(Assignment assignment) {
        for (String band : assignment.signed.bands()) {
            List<Assignment> filed = pendingByBand.computeIfAbsent(band, key -> new ArrayList<>(1));
            if (filed.size() >= PENDING_PER_BAND) {
                filed.remove(0);
            }
            filed.add(assignment);
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
