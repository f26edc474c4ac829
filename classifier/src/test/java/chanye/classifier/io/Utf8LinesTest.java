package chanye.classifier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

    private static List<Utf8Lines.Line> lines(byte[] bytes) throws IOException {
        List<Utf8Lines.Line> lines = new ArrayList<>();
        try (Utf8Lines reader = new Utf8Lines(new ByteArrayInputStream(bytes))) {
            for (Utf8Lines.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void readsLinesWithOrWithoutCarriageReturnsAByteOrderMarkAndALastNewline() throws IOException {
        List<Utf8Lines.Line> lines = lines("\uFEFF棉花\r\n\n煤炭".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Utf8Lines.Line(1, "棉花", "棉花"), new Utf8Lines.Line(2, "", ""),
                new Utf8Lines.Line(3, "煤炭", "煤炭")), lines);
        assertEquals(List.of(), lines(new byte[0]));
    }

    @Test
    void aLineThatIsNotUtf8HasNoTextButTheNextOneIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"text\":\"棉花\"}\n".getBytes(Charset.forName("GBK")));
        bytes.write("{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        List<Utf8Lines.Line> lines = lines(bytes.toByteArray());
        assertFalse(lines.get(0).isUtf8());
        assertNull(lines.get(0).text());
        assertTrue(lines.get(0).lossy().startsWith("{\"id\":\"a\",\"text\":\"") && lines.get(0).lossy().contains("\uFFFD"),
                lines.get(0)::lossy);
        assertEquals("{\"id\":\"b\"}", lines.get(1).text());
    }
}
