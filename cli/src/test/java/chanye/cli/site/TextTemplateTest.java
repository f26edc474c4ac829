package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTemplateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{{a}}                 | 甲",
        "前{{a}}后              | 前甲后",
        "{{a}}{{b}}{{a}}       | 甲乙甲",
        "{{ b }} 与 {{a}}      | 乙 与 甲",
        "没有占位符              | 没有占位符",
    })
    void fillsEveryPlaceholder(String text, String expected) {
        assertEquals(expected, TextTemplate.compile("t", text).render(Map.of("a", "甲", "b", "乙")));
    }

    @Test
    void listsSlotsInOrderOfFirstUse() {
        assertEquals(List.of("b", "a"), List.copyOf(TextTemplate.compile("t", "{{b}}{{a}}{{b}}").slots()));
    }

    @Test
    void missingValueNamesTemplateAndPlaceholder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextTemplate.compile("templates/x.html", "<p>{{text}}</p>").render(Map.of()));
        assertTrue(e.getMessage().contains("templates/x.html") && e.getMessage().contains("{{text}}"), e.getMessage());
    }

    @Test
    void unclosedPlaceholderIsRejectedWithItsOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextTemplate.compile("bad.html", "abc{{oops"));
        assertTrue(e.getMessage().contains("bad.html") && e.getMessage().contains("offset 3"), e.getMessage());
    }
}
