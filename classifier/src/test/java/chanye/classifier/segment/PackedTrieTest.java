package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walking the packed copy of the core dictionary's trie character by character finds, after each character, the
 * word HanLP's trie has for the characters walked so far, and stops where HanLP's trie has nothing that goes on.
 */
class PackedTrieTest {

    private static final PackedTrie CORE = new PackedTrie(CoreDictionary.trie);
    private static final int LONGEST = 12;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyStretchOfTextFindsHanLPsWord(long seed) {
        GeneratedText generated = new GeneratedText(seed, List.of(), List.of("风电", "煤制气"));
        StringBuilder soups = new StringBuilder("新疆准东煤制气项目并网发电，长绒棉喜获丰收。记者从自治区发展改革委获悉。");
        for (int i = 0; i < 200; i++) {
            soups.append(generated.soup());
        }
        String text = soups.toString();
        int root = CoreDictionary.trie.getBase()[0];
        for (int begin = 0; begin < text.length(); begin++) {
            int state = root;
            for (int end = begin + 1; end <= Math.min(text.length(), begin + LONGEST); end++) {
                String stretch = text.substring(begin, end);
                int cell = (state + text.charAt(end - 1) + 1) * PackedTrie.STRIDE;
                boolean goesOn = CORE.cells[cell + PackedTrie.CHECK] == state;
                assertEquals(CoreDictionary.trie.transition(stretch, root) >= 0, goesOn, stretch);
                if (!goesOn) {
                    break;
                }
                state = CORE.cells[cell + PackedTrie.BASE];
                int word = CORE.cells[cell + PackedTrie.WORD];
                assertEquals(CoreDictionary.trie.exactMatchSearch(stretch), word, stretch);
            }
        }
    }
}
