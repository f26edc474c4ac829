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
    private final int[][] neighbours;

    WordGraph(List<String> sequence, int window) {
        Map<String, Integer> ids = new HashMap<>();
        int[] nodes = new int[sequence.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ids.computeIfAbsent(sequence.get(i), word -> {
                words.add(word);
                return words.size() - 1;
            });
        }
        long[] pairs = new long[Math.max(0, nodes.length * (window - 1))];
        int count = 0;
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < Math.min(nodes.length, i + window); j++) {
                int a = Math.min(nodes[i], nodes[j]);
                int b = Math.max(nodes[i], nodes[j]);
                if (a != b) {
                    pairs[count++] = ((long) a << 32) | b;
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] degree = new int[words.size()];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                pairs[edges++] = pairs[i];
                degree[(int) (pairs[i] >>> 32)]++;
                degree[(int) pairs[i]]++;
            }
        }
        neighbours = new int[words.size()][];
        for (int node = 0; node < neighbours.length; node++) {
            neighbours[node] = new int[degree[node]];
        }
        int[] filled = new int[words.size()];
        for (int i = 0; i < edges; i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            neighbours[a][filled[a]++] = b;
            neighbours[b][filled[b]++] = a;
        }
    }

    /** The word of a node. */
    String word(int node) {
        return words.get(node);
    }

    /** TextRank: each node's score after the iterations, indexed by node. */
    double[] rank(int iterations, double damping) {
        int size = neighbours.length;
        double[] rank = new double[size];
        Arrays.fill(rank, 1.0);
        double[] next = new double[size];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int node = 0; node < size; node++) {
                double sum = 0;
                for (int other : neighbours[node]) {
                    sum += rank[other] / neighbours[other].length;
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
