package chanye.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceBreakIteratorTest {

    private static List<String> sentences(String text) {
        BreakIterator iterator = new SentenceBreakIterator();
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "项目开工。设备进场！何时投产？|项目开工。/设备进场！/何时投产？",
        "一是扩能；二是降耗|一是扩能；/二是降耗",
        "He said hi! Then left?|He said hi! /Then left?",
        "他说：“今年丰收。”记者问。|他说：“今年丰收。”/记者问。",
        "没有句号的标题|没有句号的标题",
        "真的吗？！是的。|真的吗？！/是的。",
    })
    void breaksAfterSentenceMarksAndWhatClosesThem(String text, String expected) {
        assertEquals(List.of(expected.split("/")), sentences(text));
    }

    @Test
    void breaksAfterLineBreaks() {
        assertEquals(List.of("第一段\r\n", "第二段\n", "第三段"), sentences("第一段\r\n第二段\n第三段"));
    }

    @Test
    void movesAroundLikeABreakIterator() {
        BreakIterator iterator = new SentenceBreakIterator();
        String text = "甲。乙。丙";
        iterator.setText(text);
        assertEquals(2, iterator.following(0));
        assertEquals(4, iterator.following(2));
        assertEquals(BreakIterator.DONE, iterator.following(5));
        assertEquals(2, iterator.preceding(3));
        assertEquals(0, iterator.preceding(2));
        assertEquals(BreakIterator.DONE, iterator.preceding(0));
        assertEquals(5, iterator.last());
        assertEquals(4, iterator.previous());
        assertEquals(4, iterator.current());
        assertThrows(IllegalArgumentException.class, () -> iterator.following(6));
    }

    @Test
    void anEmptyTextHasOneBoundary() {
        BreakIterator iterator = new SentenceBreakIterator();
        iterator.setText("");
        assertEquals(0, iterator.first());
        assertEquals(BreakIterator.DONE, iterator.next());
    }
}
