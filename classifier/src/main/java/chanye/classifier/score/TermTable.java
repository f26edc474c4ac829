package chanye.classifier.score;

import chanye.classifier.segment.TextNormalizer;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy's terms, normalised, looked up by word: which clusters each word signals and how strongly. A trap word
 * signals nothing, even where a cluster also lists it as a term. Built once per classifier; immutable and
 * thread-safe.
 */
final class TermTable {

    /** One cluster a word signals. */
    record Entry(int cluster, boolean strong) {
    }

    private final Map<String, List<Entry>> entriesByWord;

    TermTable(Taxonomy taxonomy) {
        Map<String, List<Entry>> entries = new HashMap<>();
        List<Cluster> clusters = taxonomy.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            add(entries, clusters.get(i).strongTerms(), new Entry(i, true));
            add(entries, clusters.get(i).weakTerms(), new Entry(i, false));
        }
        for (String trap : taxonomy.traps()) {
            entries.remove(TextNormalizer.normalize(trap));
        }
        entries.replaceAll((word, list) -> List.copyOf(list));
        this.entriesByWord = Map.copyOf(entries);
    }

    private static void add(Map<String, List<Entry>> entries, List<String> terms, Entry entry) {
        for (String term : terms) {
            List<Entry> list = entries.computeIfAbsent(TextNormalizer.normalize(term), word -> new ArrayList<>());
            if (!list.contains(entry)) {
                list.add(entry);
            }
        }
    }

    /** The clusters the word signals; empty for a word that is no term. */
    List<Entry> lookup(String word) {
        return entriesByWord.getOrDefault(word, List.of());
    }
}
