package chanye.classifier.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

/**
 * A copy of one of HanLP's double-array tries laid out for searching text: each cell keeps its base, its check and
 * the index of the word that ends at the node the cell leads to side by side, in one array.
 *
 * <p>HanLP keeps base and check in two arrays, and whether a word ends in another cell (the leaf under the node), so
 * each character of a search reads two cells far apart, each in both arrays (1.4 MB each for the core dictionary);
 * here a character reads three ints side by side. Walking it from the root's state ({@code cells[BASE]}) finds the
 * words HanLP's trie finds. Immutable and thread-safe.
 */
final class PackedTrie {

    /** How many ints a cell takes. */
    static final int STRIDE = 3;
    /** Where in a cell its base is: the state a transition into the cell leads to. */
    static final int BASE = 0;
    /** Where in a cell its check is: the state a transition into the cell must come from. */
    static final int CHECK = 1;
    /** Where in a cell is the index of the word that ends at the state its base leads to, or {@link #NO_WORD}. */
    static final int WORD = 2;
    static final int NO_WORD = -1;

    /**
     * The cells, {@link #STRIDE} ints each, at the indices of HanLP's cells: the transition on {@code c} from state
     * {@code s} is cell {@code s + c + 1} when that cell's check is {@code s}.
     */
    final int[] cells;

    PackedTrie(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int size = Math.min(base.length, check.length);
        cells = new int[size * STRIDE];
        for (int cell = 0; cell < size; cell++) {
            int next = base[cell];
            boolean endsWord = next >= 0 && next < size && base[next] < 0 && check[next] == next;
            cells[cell * STRIDE + BASE] = next;
            cells[cell * STRIDE + CHECK] = check[cell];
            cells[cell * STRIDE + WORD] = endsWord ? -base[next] - 1 : NO_WORD;
        }
    }
}
