package chanye.crawler.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.crawler.testkit.Bodies;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BinarySnifferTest {

    private static final String PAGE = "<html><body><p>新能源汽车产销两旺，动力电池装车量同比增长。</p>\n\t</body></html>";

    private static byte[] withBom(byte[] bom, Charset charset) {
        byte[] text = PAGE.getBytes(charset);
        return ByteBuffer.allocate(bom.length + text.length).put(bom).put(text).array();
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
            Arguments.of("UTF-8 page", PAGE.getBytes(StandardCharsets.UTF_8), false),
            Arguments.of("GBK page", PAGE.getBytes(Charset.forName("GBK")), false),
            Arguments.of("page with a few NUL bytes", PAGE.replace("，", "\0").getBytes(StandardCharsets.UTF_8), false),
            Arguments.of("UTF-16LE page with BOM", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    StandardCharsets.UTF_16LE), false),
            Arguments.of("UTF-16BE page with BOM", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                    StandardCharsets.UTF_16BE), false),
            Arguments.of("empty body", new byte[0], false),
            Arguments.of("random bytes", Bodies.binary(4096), true),
            Arguments.of("PNG-like header and zeros", ByteBuffer.allocate(512).put(new byte[] {(byte) 0x89, 'P',
                    'N', 'G', '\r', '\n', 0x1A, '\n'}).array(), true));
    }

    static Stream<Arguments> described() {
        return Stream.of(
            Arguments.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}, "PNG image"),
            Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JPEG image"),
            Arguments.of(new byte[] {0x1F, (byte) 0x8B, 8, 0}, "gzip-compressed data"),
            Arguments.of("%PDF-1.7 年度报告".getBytes(StandardCharsets.UTF_8), "PDF document"),
            Arguments.of(new byte[] {'P', 'K', 3, 4, 20, 0}, "ZIP archive (or an Office document)"),
            Arguments.of(Bodies.binary(4096), "binary data"),
            Arguments.of(PAGE.getBytes(StandardCharsets.UTF_8), null),
            Arguments.of(PAGE.getBytes(Charset.forName("GBK")), null),
            Arguments.of(new byte[0], null));
    }

    @ParameterizedTest
    @MethodSource("described")
    void namesWhatABodyIsWhenItIsNotText(byte[] body, String expected) {
        assertEquals(expected, BinarySniffer.describe(body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void tellsBinaryFromText(String name, byte[] body, boolean binary) {
        assertEquals(binary, BinarySniffer.looksBinary(body), name);
    }
}
