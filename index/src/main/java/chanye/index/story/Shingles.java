package chanye.index.story;

import static chanye.index.util.Mix.mix;

import chanye.classifier.segment.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of {@value #WORDS} consecutive words of a segmented text, each as a 64-bit hash, without repeats.
 *
 * <p>Punctuation is left out, so that a copy that changes commas or quotation marks keeps its runs; words are taken
 * as the segmenter normalised them (simplified, half-width, lower case). A text of fewer words than a run has one
 * run of all its words.
 */
public final class Shingles {

    /** Words per run: long enough that two articles on one topic share few runs, short enough to survive edits. */
    public static final int WORDS = 3;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /**
     * The distinct hashes of the numbers written in digits among {@code words} (thousands separators dropped, so
     * that 3,300 and 3300 agree), sorted as unsigned values.
     */
    public static int[] numbers(List<Token> words) {
        SigningScratch scratch = new SigningScratch();
        int[] numbers = new int[numbers(words, scratch)];
        long[] hashes = scratch.numbers(numbers.length);
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = (int) hashes[i];
        }
        return numbers;
    }

    /**
     * Writes the {@linkplain #numbers(List) distinct number hashes} of {@code words} into the scratch's
     * {@linkplain SigningScratch#numbers numbers}, as non-negative {@code long}s, ascending; how many.
     */
    static int numbers(List<Token> words, SigningScratch scratch) {
        long[] hashes = scratch.numbers(words.size());
        int count = 0;
        for (Token word : words) {
            String text = word.text();
            if (!text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
                hashes[count++] = numberHash(text) >>> 32;
            }
        }
        Arrays.sort(hashes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct;
    }

    /**
     * The {@linkplain #hash hash} of the number a word starting with a digit writes: its digits and decimal points
     * up to the first other character but thousands separators, without trailing points, hashed as they come.
     */
    private static long numberHash(String word) {
        long hash = FNV_OFFSET;
        int points = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                for (; points > 0; points--) {
                    hash = (hash ^ '.') * FNV_PRIME;
                }
                hash = (hash ^ c) * FNV_PRIME;
            } else if (c == '.') {
                points++;
            } else if (c != ',') {
                break;
            }
        }
        return mix(hash);
    }

    /** The distinct run hashes of {@code words}, sorted; empty when there is no word. */
    public static long[] of(List<Token> words) {
        SigningScratch scratch = new SigningScratch();
        int runs = runs(words, scratch);
        long[] hashes = Arrays.copyOf(scratch.runs(runs), runs);
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /**
     * Writes the run hashes of {@code words} into the scratch's {@linkplain SigningScratch#runs runs}, in the order
     * of the text, repeats included; how many (0 when there is no word).
     */
    static int runs(List<Token> words, SigningScratch scratch) {
        long[] wordHashes = scratch.wordHashes(words.size());
        int count = 0;
        for (Token word : words) {
            if (!word.isPunctuation()) {
                wordHashes[count++] = hash(word.text());
            }
        }
        if (count == 0) {
            return 0;
        }
        int runs = Math.max(1, count - WORDS + 1);
        long[] hashes = scratch.runs(runs);
        for (int i = 0; i < runs; i++) {
            long run = FNV_OFFSET;
            for (int j = i; j < Math.min(i + WORDS, count); j++) {
                run = mix(run ^ wordHashes[j]);
            }
            hashes[i] = run;
        }
        return runs;
    }

    private static long hash(String word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return mix(hash);
    }
}
