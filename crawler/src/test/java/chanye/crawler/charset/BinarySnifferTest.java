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

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void tellsBinaryFromText(String name, byte[] body, boolean binary) {
        assertEquals(binary, BinarySniffer.looksBinary(body), name);
    }
}
