package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache must answer what HanLP's bigram table answers, on a first look-up and on every later one, however the
 * pairs crowd its slots: random pairs of core words, pairs of frequent words (which have bigrams), ids out of a
 * slot's range and the negative ids of words outside the core dictionary.
 */
class BigramCacheTest {

    private static final int WORDS = CoreDictionary.trie.size();

    @ParameterizedTest
    @ValueSource(longs = {20_240_315L, 7L, 42L})
    void answersAsHanLpsTableDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BigramCache cache = new BigramCache();
        int[][] pairs = new int[400_000][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = pair(random);
        }
        int withBigram = 0;
        for (int round = 0; round < 2; round++) {
            for (int[] pair : pairs) {
                int expected = CoreBiGramTableDictionary.getBiFrequency(pair[0], pair[1]);
                assertEquals(expected, cache.frequency(pair[0], pair[1]), () -> pair[0] + "@" + pair[1]);
                withBigram += expected > 0 ? 1 : 0;
            }
        }
        assertTrue(withBigram > 1_000, "pairs with a bigram: " + withBigram);
    }

    /** Half of the pairs of frequent words, which have bigrams; the others of random words or negative ids. */
    private static int[] pair(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> new int[] {-1 - random.nextInt(2_000), random.nextInt(WORDS)};
            case 1 -> new int[] {random.nextInt(WORDS), -1 - random.nextInt(2_000)};
            case 2, 3 -> new int[] {random.nextInt(WORDS), random.nextInt(WORDS)};
            default -> {
                int first = CoreDictionary.getWordID(FREQUENT[random.nextInt(FREQUENT.length)]);
                int second = CoreDictionary.getWordID(FREQUENT[random.nextInt(FREQUENT.length)]);
                yield new int[] {first, second};
            }
        };
    }

    private static final String[] FREQUENT = {"的", "在", "了", "是", "和", "中国", "发展", "新疆", "企业", "项目",
        "建设", "产业", "我们", "经济", "一个", "工作", "记者", "今年", "市场", "技术", "生产", "增长", "全国", "人民"};

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L})
    void mixedKeysNeverCollide(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> keys = new HashSet<>();
        Set<Long> mixed = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong(1L << 34);
            if (keys.add(key)) {
                assertTrue(mixed.add(BigramCache.mix(key)), () -> "key " + key);
            }
        }
    }
}
