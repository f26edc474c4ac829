package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    @Test
    void anIdIsPositiveStableAndReadsBack() {
        long id = StoryIds.of("https://news.example.cn/a.html");
        assertTrue(id >= 0);
        assertEquals(id, StoryIds.of("https://news.example.cn/a.html"));
        assertNotEquals(id, StoryIds.of("https://news.example.cn/b.html"));
        String text = StoryIds.format(id);
        assertEquals(16, text.length());
        assertEquals(Optional.of(id), StoryIds.parse(text.toUpperCase()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0123456789abcdeg", "f123456789abcdef", "0123456789abcdef0"})
    void otherTextIsNoId(String text) {
        assertEquals(Optional.empty(), StoryIds.parse(text));
    }
}
