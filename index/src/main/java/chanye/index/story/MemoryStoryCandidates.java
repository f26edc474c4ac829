package chanye.index.story;

import chanye.index.util.LongIntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates of the local index, found in memory: every article that could match (a signature of at least
 * {@value StoryMatch#MIN_SHINGLES} runs of words) with its story, its signature's bytes and its band keys in a
 * {@link BandTable}, {@linkplain StoredStories#load loaded from the index} when the writer opens and kept up to date
 * as articles are assigned, so a lookup reads no index and waits for no reader. An article's own earlier version is
 * no candidate; a re-indexed URL replaces it, and a deleted or abandoned one is no longer found (its memory is
 * given back when the writer is next opened). A lookup reads the holders of the article's bands {@linkplain
 * RarestBands rarest band first, within a budget}, each band's newest holders first, as the index's postings were
 * read. Not thread-safe: the {@link StoryAssigner} serialises its calls.
 */
final class MemoryStoryCandidates implements StoryCandidates {

    /** The bytes of a signature, about: its sketch, its counts and some 16 numbers. */
    private static final int SIGNATURE_BYTES = 200;
    /**
     * Band entries per distinct key expected at first (in generated news, twelve: templates share bands); the table
     * grows when there are more keys.
     */
    private static final int ENTRIES_PER_KEY = 4;

    private final LongIntMap articleByUrl;
    private final BandTable bands;
    /** The story of each article, by its number in order of arrival. */
    private long[] stories;
    /**
     * One bit per article, set once it is replaced or deleted: a lookup tests each holder it reads, and this small
     * array stays in the processor's cache where {@link #stories} would not.
     */
    private long[] gone;
    /** Where each article's signature ends in {@link #signatures}; it starts where the one before ends. */
    private int[] signatureEnds;
    private byte[] signatures;
    private int articles;

    /** An empty set of candidates, sized for about {@code expected} articles. */
    MemoryStoryCandidates(int expected) {
        int size = Math.max(16, expected);
        this.articleByUrl = new LongIntMap(size);
        this.bands = new BandTable(size * MinHash.BANDS / ENTRIES_PER_KEY, size * MinHash.BANDS);
        this.stories = new long[size];
        this.gone = new long[(size + Long.SIZE - 1) / Long.SIZE];
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
            add(StoryIds.of(url), story, signed.signatureBytes(), signed.bandKeys());
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
            markGone(earlier);
        }
        if (articles == stories.length) {
            stories = Arrays.copyOf(stories, articles * 2);
            signatureEnds = Arrays.copyOf(signatureEnds, articles * 2);
            gone = Arrays.copyOf(gone, (articles * 2 + Long.SIZE - 1) / Long.SIZE);
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
            markGone(article);
        }
    }

    private void markGone(int article) {
        gone[article >>> 6] |= 1L << article;
    }

    private boolean isGone(int article) {
        return (gone[article >>> 6] & 1L << article) != 0;
    }

    @Override
    public List<Candidate> near(String url, MinHash.Signed signed, int max) {
        int[] keys = signed.bandKeys();
        int[] frequencies = new int[keys.length];
        for (int band = 0; band < keys.length; band++) {
            frequencies[band] = bands.count(keys[band]);
        }
        int own = articleByUrl.get(StoryIds.of(url));
        int[] entries = new int[RarestBands.BUDGET];
        int[] sharing = new int[RarestBands.BUDGET];
        int read = 0;
        for (int band : RarestBands.order(frequencies)) {
            int holders = bands.holders(keys[band], entries, 0, sharing.length - read);
            for (int i = 0; i < holders; i++) {
                int article = entries[i] / MinHash.BANDS;
                if (article != own && !isGone(article)) {
                    sharing[read++] = article;
                }
            }
            if (read == sharing.length) {
                break;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int article : RarestBands.mostShared(sharing, read, max)) {
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
