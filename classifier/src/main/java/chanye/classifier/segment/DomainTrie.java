package chanye.classifier.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;

/**
 * Builds HanLP's double-array trie of a few thousand domain words in arrays of the size they need.
 *
 * <p>HanLP's own {@link DoubleArrayTrie#build} starts from arrays of two million cells whatever the number of words
 * (18 MB, a tenth of a second of a classifier's start-up), and its {@code BinTrie} searches the text more slowly. This
 * builder lays out the same trie as HanLP does: a word's characters are its transitions (the cell of the character
 * {@code c} below a node whose children begin at {@code b} is {@code b + c + 1}, and its check is {@code b}), the
 * root's children begin at 1, and a word ends in the cell {@code b} itself with the base {@code -index - 1}, where
 * {@code index} is the word's place in sorted order. The arrays are handed to HanLP in the binary form that
 * {@link DoubleArrayTrie#load(ByteArray, Object[])} reads, which adds the 65,535 cells of room a transition from the
 * last node may need. Children are placed first-fit, each node at a beginning of its own.
 */
final class DomainTrie {

    /** The code of a word's end among a node's children; a character {@code c} has the code {@code c + 1}. */
    private static final int END = 0;
    /** The beginning of the root's children, where HanLP's search starts. */
    private static final int ROOT_BEGIN = 1;

    private final List<String> words;
    private final BitSet begins = new BitSet();
    private int[] base = new int[1 << 16];
    private int[] check = new int[1 << 16];
    /** How many cells the trie has: past every cell in use and past every beginning plus one. */
    private int size = ROOT_BEGIN + 2;

    private DomainTrie(List<String> words) {
        this.words = words;
    }

    /**
     * The trie of the entries' words with their values.
     *
     * @param entries the words in their natural (sorted) order, none empty
     */
    static DoubleArrayTrie<CoreDictionary.Attribute> build(SortedMap<String, CoreDictionary.Attribute> entries) {
        DomainTrie trie = new DomainTrie(new ArrayList<>(entries.keySet()));
        trie.base[0] = ROOT_BEGIN;
        trie.place(ROOT_BEGIN, trie.codes(0, trie.words.size(), 0), 0, trie.words.size(), 0);
        DoubleArrayTrie<CoreDictionary.Attribute> built = new DoubleArrayTrie<>();
        built.load(new ByteArray(trie.bytes()), entries.values().toArray(new CoreDictionary.Attribute[0]));
        return built;
    }

    /**
     * Places the children of the node that holds the words {@code from} to {@code to}, which share their first
     * {@code depth} characters and have the children {@code codes}, at {@code begin}; then each child's children.
     */
    private void place(int begin, int[] codes, int from, int to, int depth) {
        begins.set(begin);
        ensure(begin + codes[codes.length - 1] + 1);
        for (int code : codes) {
            check[begin + code] = begin;
        }
        size = Math.max(size, Math.max(begin + codes[codes.length - 1] + 1, begin + 2));
        int start = from;
        for (int code : codes) {
            int end = start;
            while (end < to && code(end, depth) == code) {
                end++;
            }
            if (code == END) {
                base[begin] = -start - 1;
            } else {
                int[] below = codes(start, end, depth + 1);
                int childBegin = findBegin(below);
                base[begin + code] = childBegin;
                place(childBegin, below, start, end, depth + 1);
            }
            start = end;
        }
    }

    /** The codes of the children of the node holding words {@code from} to {@code to}, ascending, each once. */
    private int[] codes(int from, int to, int depth) {
        int[] codes = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            int code = code(i, depth);
            if (count == 0 || codes[count - 1] != code) {
                codes[count++] = code;
            }
        }
        return Arrays.copyOf(codes, count);
    }

    /** The code of word {@code i} at {@code depth}: its character there plus one, or {@link #END} if it ends. */
    private int code(int i, int depth) {
        String word = words.get(i);
        return word.length() == depth ? END : word.charAt(depth) + 1;
    }

    /** The lowest beginning not yet taken at which every code's cell is free. */
    private int findBegin(int[] codes) {
        int begin = begins.nextClearBit(ROOT_BEGIN);
        while (!free(begin, codes)) {
            begin = begins.nextClearBit(begin + 1);
        }
        return begin;
    }

    private boolean free(int begin, int[] codes) {
        for (int code : codes) {
            int cell = begin + code;
            if (cell < check.length && check[cell] != 0) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int length) {
        if (length > check.length) {
            int grown = Math.max(length, check.length * 2);
            base = Arrays.copyOf(base, grown);
            check = Arrays.copyOf(check, grown);
        }
    }

    /** The trie as {@link DoubleArrayTrie#load(ByteArray, Object[])} reads it: the size, then base and check. */
    private byte[] bytes() {
        ensure(size);
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * (1 + 2 * size));
        bytes.putInt(size);
        for (int i = 0; i < size; i++) {
            bytes.putInt(base[i]).putInt(check[i]);
        }
        return bytes.array();
    }
}
