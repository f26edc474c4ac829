package chanye.index.story;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * What two articles are compared on to tell whether they are copies of one story.
 *
 * <p>The text's sketch: for each of {@value #SIZE} hash functions, the smallest hash of the body's runs of words
 * (kept to 16 bits), and how many distinct runs the body has. The share of positions where two sketches agree
 * estimates the Jaccard similarity of the two sets of runs; with the two sizes, it also estimates how much of the
 * shorter text the longer one holds.
 *
 * <p>The numbers' sketch: the smallest {@value #NUMBERS_KEPT} hashes of the distinct numbers written in digits, and
 * how many there are. A copy keeps the figures of the paragraphs it keeps; two reports written to one template, a
 * daily price bulletin say, share most of their words and few of their figures. Immutable.
 */
public final class StorySignature {

    /** Hash functions, hence values, per text sketch. */
    public static final int SIZE = 64;
    /** Number hashes kept at most. */
    public static final int NUMBERS_KEPT = 32;
    /** The bytes of {@link #toBytes} before the kept numbers: the sketch and three counts. */
    private static final int FIXED_BYTES = SIZE * Character.BYTES + 3 * Integer.BYTES;

    /** The chance that two unrelated 16-bit values agree, which the estimate takes out. */
    private static final double CHANCE_AGREEMENT = 1.0 / 65536;

    private final char[] values;
    private final int shingles;
    /** The kept number hashes as unsigned values, ascending. */
    private final long[] numbers;
    private final int numberCount;

    StorySignature(char[] values, int shingles, int[] numbers, int numberCount) {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values, not " + values.length);
        }
        if (shingles < 0 || numberCount < numbers.length || numbers.length > NUMBERS_KEPT) {
            throw new IllegalArgumentException("bad counts: " + shingles + " runs, " + numbers.length + " of "
                    + numberCount + " numbers");
        }
        this.values = values.clone();
        this.shingles = shingles;
        this.numbers = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            this.numbers[i] = Integer.toUnsignedLong(numbers[i]);
        }
        Arrays.sort(this.numbers);
        this.numberCount = numberCount;
    }

    /** How many distinct runs of words the text has. */
    public int shingles() {
        return shingles;
    }

    /** How many distinct numbers the text writes in digits. */
    public int numberCount() {
        return numberCount;
    }

    /** The estimated Jaccard similarity of the two texts' sets of runs of words, 0 to 1. */
    public double jaccard(StorySignature other) {
        Objects.requireNonNull(other, "other");
        int agree = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                agree++;
            }
        }
        double share = (double) agree / SIZE;
        return Math.max(0, (share - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT));
    }

    /**
     * The estimated share of the shorter text's runs of words that the other text also has, 0 to 1: near 1 for a
     * copy trimmed of some paragraphs, whatever its Jaccard similarity.
     */
    public double containment(StorySignature other) {
        double jaccard = jaccard(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double shared = jaccard * (shingles + other.shingles) / (1 + jaccard);
        return Math.min(1, shared / smaller);
    }

    /**
     * Of the numbers of the text with fewer numbers, how many of those the sketches can compare the other text
     * also has; the sketches compare the numbers whose hash is below both sketches' cut-off.
     *
     * @return the shared and compared counts
     */
    public NumberOverlap numberOverlap(StorySignature other) {
        StorySignature fewer = numberCount <= other.numberCount ? this : other;
        StorySignature more = fewer == this ? other : this;
        long cutOff = Math.min(fewer.cutOff(), more.cutOff());
        int compared = 0;
        int shared = 0;
        for (long number : fewer.numbers) {
            if (number <= cutOff) {
                compared++;
                if (Arrays.binarySearch(more.numbers, number) >= 0) {
                    shared++;
                }
            }
        }
        return new NumberOverlap(shared, compared);
    }

    /** The largest hash up to which this sketch holds every number of the text. */
    private long cutOff() {
        return numbers.length < numberCount ? numbers[numbers.length - 1] : 0xffffffffL;
    }

    /**
     * How the figures of two texts compare.
     *
     * @param shared   numbers compared that both texts have
     * @param compared numbers of the text with fewer numbers that could be compared
     */
    public record NumberOverlap(int shared, int compared) {

        /** The share of the compared numbers that both texts have; 1 when none could be compared. */
        public double share() {
            return compared == 0 ? 1 : (double) shared / compared;
        }
    }

    /** The signature as bytes, for the index. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(FIXED_BYTES + numbers.length * Integer.BYTES);
        for (char value : values) {
            buffer.putChar(value);
        }
        buffer.putInt(shingles).putInt(numberCount).putInt(numbers.length);
        for (long number : numbers) {
            buffer.putInt((int) number);
        }
        return buffer.array();
    }

    /**
     * How many distinct runs of words the signature {@link #toBytes} wrote in {@code length} bytes from {@code offset}
     * counts, read without decoding the rest; 0 when the bytes are too few to be a signature.
     */
    static int shingles(byte[] bytes, int offset, int length) {
        return length < FIXED_BYTES ? 0 : ByteBuffer.wrap(bytes).getInt(offset + SIZE * Character.BYTES);
    }

    /**
     * The signature {@link #toBytes} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not a signature
     */
    public static StorySignature fromBytes(byte[] bytes, int offset, int length) {
        if (length < FIXED_BYTES) {
            throw new IllegalArgumentException("not a story signature: " + length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        char[] values = new char[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = buffer.getChar();
        }
        int shingles = buffer.getInt();
        int numberCount = buffer.getInt();
        int kept = buffer.getInt();
        if (kept < 0 || kept > NUMBERS_KEPT || length != FIXED_BYTES + kept * Integer.BYTES) {
            throw new IllegalArgumentException("not a story signature: " + length + " bytes, " + kept + " numbers");
        }
        int[] numbers = new int[kept];
        for (int i = 0; i < kept; i++) {
            numbers[i] = buffer.getInt();
        }
        return new StorySignature(values, shingles, numbers, numberCount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorySignature s && shingles == s.shingles && numberCount == s.numberCount
                && Arrays.equals(values, s.values) && Arrays.equals(numbers, s.numbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), shingles, Arrays.hashCode(numbers), numberCount);
    }

    @Override
    public String toString() {
        return "StorySignature[" + shingles + " runs, " + numberCount + " numbers]";
    }
}
