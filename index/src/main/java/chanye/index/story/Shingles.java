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
        long[] hashes = new long[words.size()];
        int count = 0;
        for (Token word : words) {
            String number = digits(word.text());
            if (!number.isEmpty()) {
                hashes[count++] = hash(number) >>> 32;
            }
        }
        Arrays.sort(hashes, 0, count);
        int[] numbers = new int[count];
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                numbers[distinct++] = (int) hashes[i];
            }
        }
        return Arrays.copyOf(numbers, distinct);
    }

    /** The number a word writes in digits, without separators or unit signs; empty when it does not start with one. */
    private static String digits(String word) {
        if (word.isEmpty() || word.charAt(0) < '0' || word.charAt(0) > '9') {
            return "";
        }
        StringBuilder number = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.') {
                number.append(c);
            } else if (c != ',') {
                break;
            }
        }
        int end = number.length();
        while (end > 0 && number.charAt(end - 1) == '.') {
            end--;
        }
        return number.substring(0, end);
    }

    /** The distinct run hashes of {@code words}, sorted; empty when there is no word. */
    public static long[] of(List<Token> words) {
        long[] hashes = runs(words);
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** The run hashes of {@code words} in the order of the text, repeats included; empty when there is no word. */
    static long[] runs(List<Token> words) {
        long[] wordHashes = new long[words.size()];
        int count = 0;
        for (Token word : words) {
            if (!word.isPunctuation()) {
                wordHashes[count++] = hash(word.text());
            }
        }
        if (count == 0) {
            return new long[0];
        }
        int runs = Math.max(1, count - WORDS + 1);
        long[] hashes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long run = FNV_OFFSET;
            for (int j = i; j < Math.min(i + WORDS, count); j++) {
                run = mix(run ^ wordHashes[j]);
            }
            hashes[i] = run;
        }
        return hashes;
    }

    private static long hash(String word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return mix(hash);
    }
}
