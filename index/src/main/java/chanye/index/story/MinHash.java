package chanye.index.story;

import chanye.classifier.segment.Token;
import chanye.index.util.Mix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Signs a segmented body: a MinHash sketch of its runs of words with {@value StorySignature#SIZE} hash functions of
 * the form {@code a·x + b} over 32-bit integers, the sketch of its numbers, and the sketch's minima cut into
 * {@value #BANDS} bands of {@value #ROWS}. Two texts whose runs agree on a share {@code s} of their minima share at
 * least one band with probability {@code 1 - (1 - s^ROWS)^BANDS}: a lookup of the bands finds near copies (s = 0.4:
 * 99.6 %) and seldom an unrelated article (s = 0.03: 3 %).
 *
 * <p>The functions are fixed by a constant seed: signatures and bands written by one version must match those
 * computed by the next, or stories would stop forming across upgrades.
 */
public final class MinHash {

    /** Minima per band. */
    public static final int ROWS = 2;
    /** Bands indexed per article. */
    public static final int BANDS = StorySignature.SIZE / ROWS;

    private static final long SEED = 0x6368616e7965L;
    private static final String BASE64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Characters of a band term: 64 bits, six per character. */
    private static final int BAND_CHARS = 11;
    private static final int[] A = new int[StorySignature.SIZE];
    private static final int[] B = new int[StorySignature.SIZE];

    static {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < StorySignature.SIZE; i++) {
            A[i] = random.nextInt() | 1;
            B[i] = random.nextInt();
        }
    }

    private MinHash() {
    }

    /**
     * A text's signature and its bands. Each band is a 64-bit key: the local index keeps it {@linkplain #bandKeys()
     * folded to 32 bits}; its {@linkplain #bands() term}, which a Solr collection indexes, is written only when asked
     * for. Immutable.
     */
    public static final class Signed {

        private final StorySignature signature;
        /** The signature's bytes, which the local index both stores and keeps in memory. */
        private final byte[] signatureBytes;
        private final long[] bandHashes;
        /** The band terms, written on first use (an immutable list, so a race only writes it twice). */
        private List<String> bands;

        private Signed(StorySignature signature, long[] bandHashes) {
            this.signature = signature;
            this.signatureBytes = signature.toBytes();
            this.bandHashes = bandHashes;
        }

        /** The sketches stored with the article, for comparing with candidates. */
        public StorySignature signature() {
            return signature;
        }

        /** The signature {@linkplain StorySignature#toBytes as bytes}: the same array every time, not to be changed. */
        byte[] signatureBytes() {
            return signatureBytes;
        }

        /**
         * One term per band (its 64-bit key in 11 characters of URL-safe base64), for finding candidates by a term
         * query; empty when the text has no runs of words.
         */
        public List<String> bands() {
            List<String> terms = bands;
            if (terms == null) {
                String[] written = new String[bandHashes.length];
                for (int band = 0; band < written.length; band++) {
                    written[band] = bandTerm(bandHashes[band]);
                }
                terms = List.of(written);
                bands = terms;
            }
            return terms;
        }

        /** The {@linkplain BandKeys#of(String) key} of each band term, in order (a new array). */
        public int[] bandKeys() {
            int[] keys = new int[bandHashes.length];
            for (int band = 0; band < keys.length; band++) {
                keys[band] = BandKeys.fold(bandHashes[band]);
            }
            return keys;
        }

        /** Equal when the signatures and bands are. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Signed that && signature.equals(that.signature)
                    && Arrays.equals(bandHashes, that.bandHashes);
        }

        @Override
        public int hashCode() {
            return 31 * signature.hashCode() + Arrays.hashCode(bandHashes);
        }

        @Override
        public String toString() {
            return "Signed[signature=" + signature + ", bands=" + bands() + "]";
        }
    }

    /**
     * Signs the coarse words of a body, as {@link chanye.classifier.segment.Segmenter#words} gives them, in this
     * thread's {@link SigningScratch}.
     */
    public static Signed sign(List<Token> words) {
        SigningScratch scratch = SigningScratch.forWords(words.size());
        int runs = Shingles.runs(words, scratch);
        int[] distinct = scratch.distinct(runs);
        int shingles = distinctRuns(scratch.runs(runs), runs, scratch, distinct);
        int[] minima = minima(distinct, shingles);
        char[] sketch = new char[StorySignature.SIZE];
        for (int i = 0; i < sketch.length; i++) {
            sketch[i] = (char) (minima[i] >>> 16);
        }
        long[] bands = new long[shingles > 0 ? BANDS : 0];
        for (int band = 0; band < bands.length; band++) {
            long key = Mix.mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = Mix.mix(key ^ minima[band * ROWS + row]);
            }
            bands[band] = key;
        }
        int numbers = Shingles.numbers(words, scratch);
        long[] numberHashes = scratch.numbers(numbers);
        int[] kept = new int[Math.min(numbers, StorySignature.NUMBERS_KEPT)];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = (int) numberHashes[i];
        }
        return new Signed(new StorySignature(sketch, shingles, kept, numbers), bands);
    }

    /**
     * Writes the distinct ones of the first {@code count} of {@code runs}, each folded to 32 bits, into
     * {@code distinct} in the order they first come; how many. A repeated run would not change the minima: only the
     * distinct ones are hashed and counted.
     */
    private static int distinctRuns(long[] runs, int count, SigningScratch scratch, int[] distinct) {
        int length = Integer.highestOneBit(Math.max(1, count)) << 2;
        long[] seen = scratch.seen(length);
        int[] filled = scratch.seenSlots(count);
        int filledCount = 0;
        boolean zeroSeen = false;
        int shingles = 0;
        try {
            for (int i = 0; i < count; i++) {
                long run = runs[i];
                boolean first;
                if (run == 0) {
                    first = !zeroSeen;
                    zeroSeen = true;
                } else {
                    int slot = firstTime(seen, length - 1, run);
                    first = slot >= 0;
                    if (first) {
                        filled[filledCount++] = slot;
                    }
                }
                if (first) {
                    distinct[shingles++] = (int) (run ^ (run >>> 32));
                }
            }
        } finally {
            for (int i = 0; i < filledCount; i++) {
                seen[filled[i]] = 0;
            }
        }
        return shingles;
    }

    /**
     * The minimum of each hash function over the first {@code count} of {@code runs} (each folded to 32 bits), four
     * runs a pass so that each minimum is read and written once per four runs rather than once per run.
     */
    private static int[] minima(int[] runs, int count) {
        int[] minima = new int[StorySignature.SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        int j = 0;
        for (; j + 4 <= count; j += 4) {
            int x0 = runs[j];
            int x1 = runs[j + 1];
            int x2 = runs[j + 2];
            int x3 = runs[j + 3];
            for (int i = 0; i < minima.length; i++) {
                int a = A[i];
                int b = B[i];
                int low = Math.min(Math.min((a * x0 + b) ^ Integer.MIN_VALUE, (a * x1 + b) ^ Integer.MIN_VALUE),
                        Math.min((a * x2 + b) ^ Integer.MIN_VALUE, (a * x3 + b) ^ Integer.MIN_VALUE));
                minima[i] = Math.min(minima[i], low);
            }
        }
        for (; j < count; j++) {
            int x = runs[j];
            for (int i = 0; i < minima.length; i++) {
                minima[i] = Math.min(minima[i], (A[i] * x + B[i]) ^ Integer.MIN_VALUE);
            }
        }
        return minima;
    }

    /**
     * Where {@code run} (not 0) is recorded in {@code seen} when it is met for the first time, -1 when it was met
     * before: a table of {@code mask + 1} places (a power of two, at most half full) probed linearly, where 0 marks
     * an empty place.
     */
    private static int firstTime(long[] seen, int mask, long run) {
        for (int slot = (int) run & mask; ; slot = (slot + 1) & mask) {
            if (seen[slot] == run) {
                return -1;
            }
            if (seen[slot] == 0) {
                seen[slot] = run;
                return slot;
            }
        }
    }

    /** The key in 11 characters of URL-safe base64 without padding, as {@link java.util.Base64} would write it. */
    static String bandTerm(long key) {
        char[] text = new char[BAND_CHARS];
        for (int i = 0; i < BAND_CHARS - 1; i++) {
            text[i] = BASE64_URL.charAt((int) (key >>> (Long.SIZE - 6 * (i + 1))) & 63);
        }
        text[BAND_CHARS - 1] = BASE64_URL.charAt((int) (key & 15) << 2);
        return new String(text);
    }
}
