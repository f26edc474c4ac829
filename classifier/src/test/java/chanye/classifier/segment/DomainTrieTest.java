package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The trie built here must answer every search exactly as the one HanLP builds from the same words. */
class DomainTrieTest {

    static Stream<String> bundled() {
        return Taxonomy.BUNDLED.stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void answersLikeHanLPsTrieForABundledTaxonomysDictionary(String name) throws TaxonomyException {
        TreeMap<String, CoreDictionary.Attribute> entries = entries(
                ArticleClassifier.vocabularyFor(Taxonomy.loadBundled(name)));
        assertSameAnswers(entries, texts(entries));
    }

    @Test
    void answersLikeHanLPsTrieForWordsThatArePrefixesOfOthersAndOddCharacters() {
        TreeMap<String, CoreDictionary.Attribute> entries = entries(List.of("a", "ab", "abc", "b", "煤", "煤炭",
                "煤炭煤电煤化工", "\u0000x", "\uffff", "x\uffff", "😀光伏", "光伏"));
        assertSameAnswers(entries, List.of("abcab煤炭煤电煤化工\uffff\u0000x", "x\uffff\uffff光伏😀光伏ab", "", "\uffff"));
    }

    private static TreeMap<String, CoreDictionary.Attribute> entries(Iterable<String> words) {
        TreeMap<String, CoreDictionary.Attribute> entries = new TreeMap<>();
        int frequency = 1;
        for (String word : words) {
            entries.put(word, new CoreDictionary.Attribute(Nature.nz, frequency++));
        }
        return entries;
    }

    /** Each word alone, words run together, and random characters around and inside them. */
    private static List<String> texts(TreeMap<String, CoreDictionary.Attribute> entries) {
        List<String> words = new ArrayList<>(entries.keySet());
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(words);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String word = words.get(random.nextInt(words.size()));
            text.append(random.nextInt(3) == 0 ? word.substring(0, random.nextInt(word.length()) + 1) : word);
            if (random.nextInt(4) == 0) {
                text.append((char) (random.nextBoolean() ? 0x4e00 + random.nextInt(0x5200) : random.nextInt(0x10000)));
            }
        }
        texts.add(text.toString());
        return texts;
    }

    private static void assertSameAnswers(TreeMap<String, CoreDictionary.Attribute> entries, List<String> texts) {
        DoubleArrayTrie<CoreDictionary.Attribute> hanlp = new DoubleArrayTrie<>();
        hanlp.build(entries);
        DoubleArrayTrie<CoreDictionary.Attribute> built = DomainTrie.build(entries);
        assertEquals(hanlp.size(), built.size());
        for (String text : texts) {
            assertEquals(hits(hanlp, text), hits(built, text), text);
            for (int start = 0; start < text.length(); start++) {
                assertEquals(walk(hanlp, text, start), walk(built, text, start), text);
            }
        }
    }

    /** Every word found in the text, as HanLP's forced dictionary finds them: begin, end and value. */
    private static List<String> hits(DoubleArrayTrie<CoreDictionary.Attribute> trie, String text) {
        List<String> hits = new ArrayList<>();
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = trie.getSearcher(text.toCharArray(), 0);
        while (searcher.next()) {
            hits.add(searcher.begin + "+" + searcher.length + "=" + searcher.value);
        }
        return hits;
    }

    /** Character by character from {@code start}, as HanLP joins words: each state and the value it ends a word with. */
    private static List<String> walk(DoubleArrayTrie<CoreDictionary.Attribute> trie, String text, int start) {
        List<String> states = new ArrayList<>();
        int state = 1;
        for (int i = start; i < text.length() && state > 0; i++) {
            state = trie.transition(text.substring(i, i + 1), state);
            states.add(state < 0 ? "none" : String.valueOf(trie.output(state)));
        }
        return states;
    }
}
