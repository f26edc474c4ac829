package chanye.index.story;

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
import org.apache.lucene.index.IndexWriter;

/**
 * Gives each article written to the index its story: the story of the closest earlier copy, else a story of its own.
 *
 * <p>Candidates are the documents that share a band with the article, as its {@link StoryCandidates} find them (the
 * local index's bands in memory, which it is told of as each article is assigned, or a query to a Solr collection),
 * plus, for a source that cannot find an article until it is {@linkplain #refresh() refreshed} (Solr, until a
 * commit), the articles assigned since, kept in memory until then. The candidates sharing the most bands are
 * compared by {@link StoryMatch}; the article joins the story of the best match. Assignments are serialised, so two
 * copies written at once by two threads still meet. Thread-safe.
 */
public final class StoryAssigner implements Closeable {

    /** Candidates compared at most from the index, and from the pending assignments, those sharing the most bands. */
    static final int CANDIDATES = 8;
    /** Pending assignments kept per band, the latest. */
    static final int PENDING_PER_BAND = 64;
    /**
     * Pending assignments read at most per lookup, rarest bands first: fewer than the index's
     * {@link RarestBands#BUDGET}, as there are few of them.
     */
    static final int PENDING_BUDGET = 128;

    private final StoryCandidates source;
    private final int refreshEvery;
    private final List<Assignment> pending = new ArrayList<>();
    private final Map<String, List<Assignment>> pendingByBand = new HashMap<>();

    /**
     * An assigner over the documents of {@code writer}, committed or not, whose bands it {@linkplain StoredStories
     * loads} into memory first, and over what it assigns from then on.
     */
    public StoryAssigner(IndexWriter writer) throws IOException {
        this(StoredStories.load(writer), Integer.MAX_VALUE);
    }

    /**
     * An assigner over the documents {@code source} finds, refreshing it every {@code refreshEvery} assignments (or
     * never on its own, with {@link Integer#MAX_VALUE}, when the writer calls {@link #refresh()} itself); a source
     * that {@linkplain StoryCandidates#findsAdded finds what it is told of} needs no refreshing.
     */
    public StoryAssigner(StoryCandidates source, int refreshEvery) {
        this.source = source;
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
            for (StoryCandidates.Candidate candidate : candidates(url, signed)) {
                double score = StoryMatch.score(signed.signature(), candidate.signature());
                if (score > best) {
                    best = score;
                    story = candidate.story();
                }
            }
        }
        Assignment assignment = new Assignment(url, story, signed);
        if (source.findsAdded()) {
            source.add(url, story, signed);
        } else {
            pending.add(assignment);
            byBand(assignment);
        }
        return assignment;
    }

    /** Forgets an assignment whose document could not be written. */
    public synchronized void abandon(Assignment assignment) {
        source.remove(assignment.url);
        if (pending.remove(assignment)) {
            rebuildBandMap();
        }
    }

    /** Forgets the article at {@code url}, deleted from the index: it is no longer a candidate. */
    public synchronized void forget(String url) {
        source.remove(url);
        if (pending.removeIf(assignment -> assignment.url.equals(url))) {
            rebuildBandMap();
        }
    }

    /**
     * The pending assignments and the indexed documents that share the most bands with the article, at most
     * {@value #CANDIDATES} of each: articles written to one template share some bands with many others, and comparing
     * every one of them would make a crawl's cost grow with the square of its size. The pending ones are read as the
     * index is, {@linkplain RarestBands rarest bands first, within a budget}.
     */
    private List<StoryCandidates.Candidate> candidates(String url, MinHash.Signed signed) throws IOException {
        if (pending.isEmpty()) {
            return source.near(url, signed, CANDIDATES);
        }
        List<String> bands = signed.bands();
        int[] filed = new int[bands.size()];
        for (int band = 0; band < filed.length; band++) {
            filed[band] = pendingByBand.getOrDefault(bands.get(band), List.of()).size();
        }
        Map<Assignment, Integer> sharedBands = new LinkedHashMap<>();
        int read = 0;
        for (int band : RarestBands.order(filed)) {
            List<Assignment> sharing = pendingByBand.get(bands.get(band));
            for (int i = 0; i < sharing.size() && read < PENDING_BUDGET; i++, read++) {
                Assignment earlier = sharing.get(i);
                if (!earlier.url.equals(url)) {
                    sharedBands.merge(earlier, 1, Integer::sum);
                }
            }
        }
        List<StoryCandidates.Candidate> candidates = new ArrayList<>();
        sharedBands.entrySet().stream()
                .sorted(Map.Entry.<Assignment, Integer>comparingByValue().reversed())
                .limit(CANDIDATES)
                .forEach(e -> candidates.add(new StoryCandidates.Candidate(e.getKey().story,
                        e.getKey().signed.signature())));
        candidates.addAll(source.near(url, signed, CANDIDATES));
        return candidates;
    }

    /**
     * Makes the source see what has been written (for a Solr collection, a commit that has happened),
     * and forgets the assignments it now sees.
     */
    public synchronized void refresh() throws IOException {
        Set<Assignment> written = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.stream().filter(Assignment::isWritten).forEach(written::add);
        source.refresh();
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
        source.close();
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
