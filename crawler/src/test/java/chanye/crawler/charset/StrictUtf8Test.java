package chanye.crawler.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictUtf8Test {

    /** What the JDK's strict decoder makes of the bytes, or {@code null} when it refuses them. */
    private static String jdk(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String ours(byte[] bytes) {
        char[] chars = new char[bytes.length];
        int length = StrictUtf8.decode(bytes, bytes.length, chars);
        return length < 0 ? null : new String(chars, 0, length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ASCII longer than a run                | 3c68746d6c3e3c686561643e3c2f686561643e",
        "Chinese between ASCII runs             | 3c703ee696b0e79686e6a389e88ab13c2f703e3c2f703e",
        "four-byte character (emoji)            | 61626364f09f9880656667686970",
        "highest code point U+10FFFF            | f48fbfbf",
        "replacement character itself           | efbfbd",
        "two-byte forms at both ends            | c2a9c3bf",
        "stray continuation byte                | 6162636465666768806a",
        "overlong two-byte form C0              | c0af",
        "overlong two-byte form C1              | c1bf",
        "overlong three-byte form               | e08080",
        "encoded surrogate                      | eda080",
        "above U+10FFFF                         | f4908080",
        "lead byte F5                           | f5808080",
        "lead byte FF                           | ff",
        "sequence cut short before ASCII        | e4b861626364656667686970",
        "sequence cut off by the end            | 6162e4b8",
        "Latin-1 byte                           | 636166e920",
    })
    void agreesWithTheJdksStrictDecoder(String name, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertEquals(jdk(bytes), ours(bytes), name);
    }

    @Test
    void agreesWithTheJdkOnRandomBytesAndMixedText() {
        Random random = new Random(20240315);
        String[] pieces = {"<div class=\"a\">", "新疆", "棉花", "😀", "é", " ", "\n", "abcdefghijkl"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (round % 2 == 1 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            assertEquals(jdk(bytes), ours(bytes), () -> HexFormat.of().formatHex(bytes));
        }
    }
}
