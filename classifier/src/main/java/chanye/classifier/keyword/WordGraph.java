package chanye.classifier.keyword;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-occurrence graph of a sequence of words, for TextRank: one node per distinct word, an undirected edge
 * between two words that stand within a window of each other. Held in arrays so that ranking a 2,000-character
 * article takes a fraction of a millisecond; used by one thread for one text.
 */
final class WordGraph {

    private final List<String> words = new ArrayList<>();
    /** The node of each word of the sequence. */
    private final int[] nodes;
    /** Each node's neighbours, in ascending order, each once. */
    private final int[][] neighbours;

    WordGraph(List<String> sequence, int window) {
        Map<String, Integer> ids = new HashMap<>();
        nodes = new int[sequence.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ids.computeIfAbsent(sequence.get(i), word -> {
                words.add(word);
                return words.size() - 1;
            });
        }
        neighbours = neighbourLists(adjacency(window));
    }

    /**
     * The edges as one row of bits per node, a bit per other node: an edge seen twice is one bit, and a row read
     * from its low bits gives the node's neighbours in ascending order, without sorting.
     */
    private long[] adjacency(int window) {
        int size = words.size();
        int row = (size + 63) >>> 6;
        long[] bits = new long[size * row];
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < Math.min(nodes.length, i + window); j++) {
                int a = nodes[i];
                int b = nodes[j];
                if (a != b) {
                    bits[a * row + (b >>> 6)] |= 1L << b;
                    bits[b * row + (a >>> 6)] |= 1L << a;
                }
            }
        }
        return bits;
    }

    private int[][] neighbourLists(long[] bits) {
        int size = words.size();
        int row = (size + 63) >>> 6;
        int[][] neighbours = new int[size][];
        for (int node = 0; node < size; node++) {
            int degree = 0;
            for (int k = node * row; k < node * row + row; k++) {
                degree += Long.bitCount(bits[k]);
            }
            int[] list = new int[degree];
            int filled = 0;
            for (int k = 0; k < row; k++) {
                for (long word = bits[node * row + k]; word != 0; word &= word - 1) {
                    list[filled++] = (k << 6) + Long.numberOfTrailingZeros(word);
                }
            }
            neighbours[node] = list;
        }
        return neighbours;
    }

    /** The node of the word at {@code position} in the sequence. */
    int node(int position) {
        return nodes[position];
    }

    /** The word of a node. */
    String word(int node) {
        return words.get(node);
    }

    /**
     * TextRank: each node's score after the iterations, indexed by node. What a node passes to each neighbour (its
     * score over its degree) is divided once per iteration, not once per edge.
     */
    double[] rank(int iterations, double damping) {
        int size = neighbours.length;
        double[] rank = new double[size];
        Arrays.fill(rank, 1.0);
        double[] next = new double[size];
        double[] share = new double[size];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int node = 0; node < size; node++) {
                int degree = neighbours[node].length;
                share[node] = degree == 0 ? 0 : rank[node] / degree;
            }
            for (int node = 0; node < size; node++) {
                double sum = 0;
                for (int other : neighbours[node]) {
                    sum += share[other];
                }
                next[node] = 1 - damping + damping * sum;
            }
            double[] swap = rank;
            rank = next;
            next = swap;
        }
        return rank;
    }
}
