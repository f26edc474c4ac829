package chanye.index.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates of the local index, found in memory: every article that could match (a signature of at least
 * {@value StoryMatch#MIN_SHINGLES} runs of words) with its story, its signature's bytes and its band keys in a
 * {@link BandTable}, {@linkplain StoredStories#load loaded from the index} when the writer opens and kept up to date
 * as articles are assigned, so a lookup reads no index and waits for no reader. An article's own earlier version is
 * no candidate; a re-indexed URL replaces it, and a deleted or abandoned one is no longer found (its memory is
 * given back when the writer is next opened). A lookup reads every holder of the article's bands (at most
 * {@value BandTable#HOLDERS} a band) and ranks them by the bands they share, each weighing one over its holders
 * ({@link RarestBands#mostWeighted}). Not thread-safe: the {@link StoryAssigner} serialises its calls.
 */
final class MemoryStoryCandidates implements StoryCandidates {

    /** The bytes of a signature, about: its sketch, its counts and some 16 numbers. */
    private static final int SIGNATURE_BYTES = 200;
    /**
     * One band entry in this many is expected to be kept (in generated news, most bands are shared by more than
     * {@value BandTable#HOLDERS} articles); the table grows when more are.
     */
    private static final int KEPT_SHARE = 4;
    /** The story of an article no longer in the index. */
    private static final long GONE = -1;

    private final LongIntMap articleByUrl;
    private final BandTable bands;
    /** The story of each article, by its number in order of arrival; {@link #GONE} once replaced or deleted. */
    private long[] stories;
    /** Where each article's signature ends in {@link #signatures}; it starts where the one before ends. */
    private int[] signatureEnds;
    private byte[] signatures;
    private int articles;
    /** The entries of each band key found by a lookup, {@value BandTable#HOLDERS} places per band. */
    private final int[] held = new int[MinHash.BANDS * BandTable.HOLDERS];

    /** An empty set of candidates, sized for about {@code expected} articles. */
    MemoryStoryCandidates(int expected) {
        int size = Math.max(16, expected);
        this.articleByUrl = new LongIntMap(size);
        this.bands = new BandTable(size * MinHash.BANDS / KEPT_SHARE);
        this.stories = new long[size];
        this.signatureEnds = new int[size];
        this.signatures = new byte[size * SIGNATURE_BYTES];
    }

    @Override
    public boolean findsAdded() {
        return true;
    }

    @Override
    public void add(String url, long story, MinHash.Signed signed) {
        if (signed.signature().shingles() >= StoryMatch.MIN_SHINGLES) {
            add(StoryIds.of(url), story, signed.signature().toBytes(), BandKeys.of(signed.bands()));
        } else {
            remove(url);
        }
    }

    /**
     * Adds the article whose URL has the {@linkplain StoryIds#of hash} {@code urlKey}, in place of its earlier
     * version; {@code bandKeys} holds at most {@value MinHash#BANDS} keys.
     */
    void add(long urlKey, long story, byte[] signature, int[] bandKeys) {
        int earlier = articleByUrl.get(urlKey);
        if (earlier != LongIntMap.ABSENT) {
            stories[earlier] = GONE;
        }
        if (articles == stories.length) {
            stories = Arrays.copyOf(stories, articles * 2);
            signatureEnds = Arrays.copyOf(signatureEnds, articles * 2);
        }
        int start = articles == 0 ? 0 : signatureEnds[articles - 1];
        if (start + signature.length > signatures.length) {
            signatures = Arrays.copyOf(signatures, Math.max(start + signature.length,
                    signatures.length + signatures.length / 4));
        }
        System.arraycopy(signature, 0, signatures, start, signature.length);
        signatureEnds[articles] = start + signature.length;
        stories[articles] = story;
        articleByUrl.put(urlKey, articles);
        for (int band = 0; band < bandKeys.length; band++) {
            bands.add(articles * MinHash.BANDS + band, bandKeys[band]);
        }
        articles++;
    }

    @Override
    public void remove(String url) {
        int article = articleByUrl.get(StoryIds.of(url));
        if (article != LongIntMap.ABSENT) {
            stories[article] = GONE;
        }
    }

    @Override
    public List<Candidate> near(String url, MinHash.Signed signed, int max) {
        List<String> terms = signed.bands();
        int[] frequencies = new int[terms.size()];
        for (int band = 0; band < frequencies.length; band++) {
            frequencies[band] = bands.holders(BandKeys.of(terms.get(band)), held, band * BandTable.HOLDERS);
        }
        int own = articleByUrl.get(StoryIds.of(url));
        int[] sharing = new int[held.length];
        double[] weights = new double[held.length];
        int read = 0;
        for (int band = 0; band < frequencies.length; band++) {
            for (int i = 0; i < frequencies[band]; i++) {
                int article = held[band * BandTable.HOLDERS + i] / MinHash.BANDS;
                if (article != own && stories[article] != GONE) {
                    weights[read] = 1.0 / frequencies[band];
                    sharing[read++] = article;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int article : RarestBands.mostWeighted(sharing, weights, read, max)) {
            int start = article == 0 ? 0 : signatureEnds[article - 1];
            candidates.add(new Candidate(stories[article],
                    StorySignature.fromBytes(signatures, start, signatureEnds[article] - start)));
        }
        return candidates;
    }

    @Override
    public void refresh() {
        // What is added is found at once.
    }

    @Override
    public void close() {
        // Nothing but memory.
    }
}
