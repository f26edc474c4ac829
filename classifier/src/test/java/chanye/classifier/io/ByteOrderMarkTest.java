package chanye.classifier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteOrderMarkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\uFEFF{\"id\":1} | {\"id\":1}",
        "{\"id\":1}       | {\"id\":1}",
        "a\uFEFFb        | a\uFEFFb",
        "\uFEFF          | ''",
    })
    void stripsOnlyALeadingMark(String text, String expected) {
        assertEquals(expected, ByteOrderMark.strip(text));
    }

    @Test
    void nullStaysNull() {
        assertNull(ByteOrderMark.strip(null));
    }
}
