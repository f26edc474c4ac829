package chanye.classifier.segment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of words and their values, for the look-ups classification makes per segmented word: some
 * thousand a text, most of them for words the table does not hold.
 *
 * <p>Each slot keeps its word's hash beside it, so a word that is not in the table is turned away by comparing
 * ints; {@link Map#copyOf} and {@link java.util.HashMap} read a stored string or entry at every slot they probe,
 * which on this machine's caches made such look-ups a tenth of the time of classifying a text. Open addressing,
 * linear probing, at most a quarter full.
 *
 * @param <V> the type of the values
 */
public final class WordTable<V> {

    private final int[] hashes;
    private final String[] words;
    private final Object[] values;
    private final int mask;

    private WordTable(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(1, entries.size()) * 4) * 2;
        this.hashes = new int[capacity];
        this.words = new String[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        entries.forEach((word, value) -> {
            int slot = slot(Objects.requireNonNull(word, "word").hashCode());
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = word.hashCode();
            words[slot] = word;
            values[slot] = Objects.requireNonNull(value, "value");
        });
    }

    /** A table of the entries; neither words nor values may be null. */
    public static <V> WordTable<V> of(Map<String, ? extends V> entries) {
        return new WordTable<>(entries);
    }

    /** A table of the words, each with the value {@code true}, for {@link #contains}. */
    public static WordTable<Boolean> of(Collection<String> words) {
        Map<String, Boolean> entries = new HashMap<>();
        words.forEach(word -> entries.put(word, Boolean.TRUE));
        return new WordTable<>(entries);
    }

    /** The value of the word, or null when the table does not hold it. */
    @SuppressWarnings("unchecked")
    public V get(String word) {
        int hash = word.hashCode();
        for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && words[slot].equals(word)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Whether the table holds the word. */
    public boolean contains(String word) {
        return get(word) != null;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & mask;
    }
}
