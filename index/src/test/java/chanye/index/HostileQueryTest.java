package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated hostile queries (fixed seed): each gives a normal result or an
 * {@link InvalidQueryException} with a one-line message, never any other exception.
 */
class HostileQueryTest {

    private static final long SEED = 20240606L;
    private static final int QUERIES = 1500;

    private static final String[] PIECES = {
        "\"", "“", "”", "(", ")", "[", "]", "{", "}", "<", ">", "+", "-", "&&", "||", "!", "^", "~", "*", "?", ":",
        "\\", "/", "OR", "AND", "NOT", "or", "-OR", "OR-", "--", "\"\"", "()", "*:*", "title:", "body:光伏", "风电~2",
        "光伏^10", "新*", "?能源", "[a TO z]", "{* TO *}", "/正则.*/", "AND OR", "\u0000", "\u0007", "\t", "\r\n",
        "\u001B[31m", "\u007F", "\u200B", "\u200E", "\u202E", "\uFEFF", "\u3000", "\uD83D\uDE00", "\uD800", "\uDC00",
        "新能源", "塔里木油田", "长绒棉", "的", "了", "，", "。", "！", "？", "；", "（", "）", "《", "》", "ＡＩ", "Ｏ Ｒ",
        "风电", "光伏", "哈密", "co2", "3300万吨", "%", "&amp;", "<script>", "' OR 1=1 --", "null", " ", "  ",
    };

    @Test
    void hostileQueriesNeverThrowAnythingButInvalidQuery(@TempDir Path dir) throws Exception {
        List<String> queries = generate(new Random(SEED));
        int results = 0;
        int rejected = 0;
        try (ArticleSearcher searcher = IndexFixture.searcherOverFixtures(dir)) {
            for (String query : queries) {
                try {
                    SearchResponse response = searcher.search(
                            new SearchRequest(query, List.of(), null, null, null, null, 5, 0));
                    assertTrue(response.total() >= response.hits().size());
                    results++;
                } catch (InvalidQueryException e) {
                    assertFalse(e.getMessage().isBlank(), query);
                    assertEquals(-1, e.getMessage().indexOf('\n'), () -> "one line for " + escape(query));
                    rejected++;
                } catch (Exception | StackOverflowError e) {
                    fail("query " + escape(query) + " threw " + e, e);
                }
            }
        }
        System.out.printf("hostile queries: %d, normal results %d, rejected %d%n", queries.size(), results,
                rejected);
        assertEquals(queries.size(), results + rejected);
        assertTrue(results > 0 && rejected > 0, "the generator should produce both kinds");
    }

    private static List<String> generate(Random random) {
        List<String> queries = new ArrayList<>();
        for (String piece : PIECES) {
            queries.add(piece);
        }
        while (queries.size() < QUERIES) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                queries.add(huge(random));
            } else if (kind == 1) {
                queries.add(randomChars(random, 1 + random.nextInt(40)));
            } else {
                StringBuilder query = new StringBuilder();
                int pieces = 1 + random.nextInt(8);
                for (int i = 0; i < pieces; i++) {
                    query.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextBoolean()) {
                        query.append(' ');
                    }
                }
                queries.add(query.toString());
            }
        }
        return queries;
    }

    /** A long query: a few hundred to many thousand characters of words, operators and quotes. */
    private static String huge(Random random) {
        StringBuilder query = new StringBuilder();
        int length = 150 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
        while (query.length() < length) {
            query.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return query.toString();
    }

    /** Any UTF-16 units at all, unpaired surrogates included. */
    private static String randomChars(Random random, int length) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < length; i++) {
            query.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return query.toString();
    }

    private static String escape(String query) {
        StringBuilder escaped = new StringBuilder();
        query.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.SURROGATE) {
                escaped.append(String.format("\\u%04X", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
