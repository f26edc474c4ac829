package chanye.index.story;

/**
 * The arrays that signing a body works in, which each thread keeps from one body to the next: a body of a thousand
 * words needs some 40 KB of them (its words' and runs' hashes, the table of runs seen, the distinct runs, its
 * numbers), which allocating anew for every article would cost in collections and in caches filled with new memory.
 * A body of more than {@value #KEPT_WORDS} words is signed in arrays of its own, so that a thread keeps at most
 * about 500 KB. Each array is at least as long as asked, and may be longer; the table of runs seen is handed back
 * empty. Not thread-safe: one per thread.
 */
final class SigningScratch {

    /** Words of the longest body whose arrays a thread keeps. */
    static final int KEPT_WORDS = 8_192;

    private static final ThreadLocal<SigningScratch> PER_THREAD = ThreadLocal.withInitial(SigningScratch::new);

    private long[] wordHashes = new long[0];
    private long[] runs = new long[0];
    private long[] seen = new long[0];
    private int[] seenSlots = new int[0];
    private int[] distinct = new int[0];
    private long[] numbers = new long[0];

    /** The arrays to sign a body of {@code words} words in: this thread's, unless the body is too long to keep them. */
    static SigningScratch forWords(int words) {
        return words <= KEPT_WORDS ? PER_THREAD.get() : new SigningScratch();
    }

    /** For the hashes of a body's words. */
    long[] wordHashes(int size) {
        return wordHashes = atLeast(wordHashes, size);
    }

    /** For the hashes of a body's runs of words, in the order of the text. */
    long[] runs(int size) {
        return runs = atLeast(runs, size);
    }

    /**
     * For the table of runs seen, all 0: whoever fills it zeroes again the slots it filled, which it notes in
     * {@link #seenSlots}.
     */
    long[] seen(int size) {
        return seen = atLeast(seen, size);
    }

    /** For the slots filled in the table of runs {@linkplain #seen seen}. */
    int[] seenSlots(int size) {
        return seenSlots = atLeast(seenSlots, size);
    }

    /** For a body's distinct runs, folded to 32 bits. */
    int[] distinct(int size) {
        return distinct = atLeast(distinct, size);
    }

    /** For the hashes of a body's numbers. */
    long[] numbers(int size) {
        return numbers = atLeast(numbers, size);
    }

    private static long[] atLeast(long[] array, int size) {
        return array.length >= size ? array : new long[grown(array.length, size)];
    }

    private static int[] atLeast(int[] array, int size) {
        return array.length >= size ? array : new int[grown(array.length, size)];
    }

    /** The length an array of {@code length} grows to when {@code size} is asked: twice, so that few bodies grow it. */
    private static int grown(int length, int size) {
        return Math.max(size, Math.min(2 * length, KEPT_WORDS * 4));
    }
}
