package chanye.classifier.score;

import chanye.classifier.segment.TextNormalizer;
import chanye.classifier.segment.WordTable;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.SenseRule;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taxonomy's words, normalised, looked up by word in one hash lookup: which clusters a word signals and how
 * strongly, under which sense rule, whether it is a context word of some rule and whether it is a content word (a
 * term that holds a content word, 小麦产量 or 光伏项目, is one too). A trap word signals no cluster, even where a
 * cluster also lists it as a term. Built once per classifier;
 * immutable and thread-safe.
 */
final class TermTable {

    /** One cluster a word signals; {@code rule} is the index of its sense rule, or -1. */
    record Entry(int cluster, boolean strong, int rule) {
    }

    /**
     * A sense rule with its context words as ids.
     *
     * @param require ids of which at least one must stand in the sentence; empty for none
     * @param veto    ids of which none may stand in the sentence
     */
    record Rule(int[] require, int[] veto) {
    }

    /**
     * What one word is.
     *
     * @param entries the clusters it signals; empty for a word that is no term
     * @param context its id as a context word of a sense rule, or -1
     * @param content whether it is a content word for every cluster
     * @param contentOf the clusters for which it is a content word of their own; empty for none
     * @param unrelated whether it makes its sentence speak of something else
     */
    record Word(List<Entry> entries, int context, boolean content, int[] contentOf, boolean unrelated) {
    }

    private final WordTable<Word> words;
    private final List<Rule> rules;
    private final List<String> contextWords;
    private final boolean hasContentWords;

    TermTable(Taxonomy taxonomy) {
        Map<String, Integer> contextIds = new LinkedHashMap<>();
        List<Rule> readRules = new ArrayList<>();
        Map<String, Integer> ruleByTerm = new HashMap<>();
        List<Cluster> clusters = taxonomy.clusters();
        Map<String, List<Entry>> entries = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            ruleByTerm.clear();
            for (SenseRule rule : cluster.senses()) {
                readRules.add(new Rule(ids(rule.require(), contextIds), ids(rule.veto(), contextIds)));
                rule.terms().forEach(term -> ruleByTerm.put(TextNormalizer.normalize(term), readRules.size() - 1));
            }
            add(entries, cluster.strongTerms(), i, true, ruleByTerm);
            add(entries, cluster.weakTerms(), i, false, ruleByTerm);
        }
        for (String trap : taxonomy.traps()) {
            entries.remove(TextNormalizer.normalize(trap));
        }
        Map<String, Boolean> content = new HashMap<>();
        taxonomy.content().forEach(word -> content.put(TextNormalizer.normalize(word), true));
        Map<String, List<Integer>> contentOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String word : clusters.get(i).content()) {
                contentOf.computeIfAbsent(TextNormalizer.normalize(word), w -> new ArrayList<>()).add(i);
            }
        }
        Set<String> unrelated = new HashSet<>();
        taxonomy.unrelated().forEach(word -> unrelated.add(TextNormalizer.normalize(word)));
        Map<String, Word> table = new HashMap<>();
        for (String word : union(entries.keySet(), contextIds.keySet(), content.keySet(), contentOf.keySet(),
                unrelated)) {
            table.put(word, new Word(List.copyOf(entries.getOrDefault(word, List.of())),
                    contextIds.getOrDefault(word, -1), content.containsKey(word) || holdsContent(word, content),
                    contentOf.getOrDefault(word, List.of()).stream().mapToInt(Integer::intValue).toArray(),
                    unrelated.contains(word)));
        }
        this.words = WordTable.of(table);
        this.rules = List.copyOf(readRules);
        this.contextWords = List.copyOf(contextIds.keySet());
        this.hasContentWords = !content.isEmpty() || !contentOf.isEmpty();
    }

    /**
     * Whether a term holds a content word of two or more characters (小麦产量, 棉花收购, 光伏项目): such a term
     * speaks of production by itself.
     */
    private static boolean holdsContent(String term, Map<String, Boolean> content) {
        for (int length = 2; length < term.length(); length++) {
            for (int start = 0; start + length <= term.length(); start++) {
                if (content.containsKey(term.substring(start, start + length))) {
                    return true;
                }
            }
        }
        return false;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private static int[] ids(List<String> words, Map<String, Integer> ids) {
        return words.stream().mapToInt(word -> ids.computeIfAbsent(TextNormalizer.normalize(word), w -> ids.size()))
                .toArray();
    }

    private static void add(Map<String, List<Entry>> entries, List<String> terms, int cluster, boolean strong,
                            Map<String, Integer> ruleByTerm) {
        for (String term : terms) {
            String word = TextNormalizer.normalize(term);
            Entry entry = new Entry(cluster, strong, ruleByTerm.getOrDefault(word, -1));
            List<Entry> list = entries.computeIfAbsent(word, w -> new ArrayList<>());
            if (list.stream().noneMatch(e -> e.cluster() == cluster)) {
                list.add(entry);
            }
        }
    }

    /** What the word is, or null for a word the taxonomy does not know. */
    Word lookup(String word) {
        return words.get(word);
    }

    /** The sense rule with this index. */
    Rule rule(int index) {
        return rules.get(index);
    }

    /** How many distinct context words the sense rules have. */
    int contextWords() {
        return contextWords.size();
    }

    /** The context word with this id. */
    String contextWord(int id) {
        return contextWords.get(id);
    }

    /** Whether the taxonomy names content words; without them every sentence counts as content. */
    boolean hasContentWords() {
        return hasContentWords;
    }
}
