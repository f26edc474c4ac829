package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void findsEveryWordItHoldsAndNoOther() {
        Map<String, Integer> entries = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            entries.put("词" + i, i);
        }
        WordTable<Integer> table = WordTable.of(entries);
        entries.forEach((word, value) -> assertEquals(value, table.get(word), word));
        for (int i = 3_000; i < 6_000; i++) {
            assertNull(table.get("词" + i));
        }
        assertNull(table.get(""));
    }

    @Test
    void tellsApartWordsWithTheSameHash() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        WordTable<Boolean> table = WordTable.of(List.of("Aa", "煤炭"));
        assertTrue(table.contains("Aa"));
        assertFalse(table.contains("BB"));
        assertTrue(table.contains("煤炭"));
    }

    @Test
    void holdsNothingWhenEmptyAndRefusesNulls() {
        assertFalse(WordTable.of(List.of()).contains("煤炭"));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("煤炭", null);
        assertThrows(NullPointerException.class, () -> WordTable.of(withNull));
    }
}
