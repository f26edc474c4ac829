package chanye.crawler.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SIMPLIFIED = "新疆棉花收购加工进度过半，轧花厂开机率明显回升。据自治区棉花协会统计，截至十一月中旬，"
            + "全区累计收购籽棉四百二十万吨，同比增加百分之六。业内人士认为，今年新棉品质整体较好，纺织企业补库意愿增强。";
    private static final String TRADITIONAL = "臺灣地區光電產業鏈持續擴張，廠商表示明年產能將增加兩成，"
            + "並將在南部科學園區興建新的電池模組工廠。";

    private static String page(String meta, String text) {
        return "<html><head>" + meta + "<title>棉花收购</title></head><body><div class=\"content\"><p>" + text
                + "</p><p>" + text + "</p></div></body></html>";
    }

    static Stream<Arguments> pages() {
        String gbMeta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        return Stream.of(
            Arguments.of("GBK page declared gb2312 in meta", page(gbMeta, SIMPLIFIED).getBytes(GBK), null,
                    GB18030, "meta"),
            Arguments.of("GBK page declared in header", page("", SIMPLIFIED).getBytes(GBK),
                    "text/html; charset=GBK", GB18030, "header"),
            Arguments.of("GBK page without any declaration", page("", SIMPLIFIED).getBytes(GBK), "text/html",
                    GB18030, "detected"),
            Arguments.of("GBK page the header calls ISO-8859-1", page("", SIMPLIFIED).getBytes(GBK),
                    "text/html; charset=ISO-8859-1", GB18030, "detected"),
            Arguments.of("GBK page the header calls UTF-8", page("", SIMPLIFIED).getBytes(GBK),
                    "text/html; charset=utf-8", GB18030, "detected"),
            Arguments.of("junk label gbk2312", page("", SIMPLIFIED).getBytes(GBK), "text/html; charset=gbk2312",
                    GB18030, "header"),
            Arguments.of("several labels in one attribute",
                    page("<meta charset=\"gb2312 gbk utf-8 UTF-8 Big5\">", SIMPLIFIED).getBytes(GBK), null,
                    GB18030, "detected"),
            Arguments.of("header and meta disagree", page(gbMeta, SIMPLIFIED).getBytes(GBK),
                    "text/html; charset=big5", GB18030, "detected"),
            Arguments.of("GBK page with a Latin-1 header and a stale UTF-8 meta",
                    page("<meta charset=\"utf-8\">", SIMPLIFIED).getBytes(GBK), "text/html; charset=iso-8859-1",
                    GB18030, "detected"),
            Arguments.of("re-encoded to UTF-8 with a stale gb2312 meta",
                    page(gbMeta, SIMPLIFIED).getBytes(StandardCharsets.UTF_8), "text/html; charset=gb2312",
                    StandardCharsets.UTF_8, "utf-8"),
            Arguments.of("Big5 page declared big5", page("<meta charset=big5>", TRADITIONAL)
                    .getBytes(Charset.forName("Big5")), null, Charset.forName("Big5-HKSCS"), "meta"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void decodes(String name, byte[] bytes, String contentType, Charset charset, String source) {
        DecodedHtml decoded = HtmlDecoder.decode(bytes, contentType);
        assertEquals(charset, decoded.charset(), name);
        assertEquals(source, decoded.source(), name);
        String expected = new String(bytes, charset);
        assertEquals(expected, decoded.text(), name);
        assertTrue(decoded.text().contains(charset.equals(Charset.forName("Big5-HKSCS")) ? TRADITIONAL : SIMPLIFIED),
                name);
    }

    @Test
    void byteOrderMarksWin() {
        byte[] text = page("<meta charset=gbk>", SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        DecodedHtml decoded = HtmlDecoder.decode(withBom, "text/html; charset=gbk");
        assertEquals("bom", decoded.source());
        assertTrue(decoded.text().contains(SIMPLIFIED));
    }

    @Test
    void utf8CutOffMidCharacterStaysUtf8() {
        byte[] full = page("", SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
        int cut = full.length / 2;
        while ((full[cut] & 0xF0) != 0xE0) {
            cut++;
        }
        byte[] truncated = Arrays.copyOf(full, cut + 1);
        DecodedHtml decoded = HtmlDecoder.decode(truncated, null);
        assertEquals("utf-8", decoded.source());
        assertTrue(decoded.text().endsWith("\uFFFD") && decoded.text().contains("新疆棉花"), decoded.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gb2312 | GB18030", "GBK | GB18030", "gbk2312 | GB18030", "x-cp20936 | GB18030", "cp936 | GB18030",
        "text/html; charset=\"gb2312\" | GB18030", "utf8 | UTF-8", "UTF-8 | UTF-8", "big5 | Big5-HKSCS",
        "gb2312 gbk utf-8 UTF-8 Big5 | GB18030", "nonsense-label, utf-8 | UTF-8", "windows-1252 | windows-1252",
    })
    void readsLabels(String label, String charset) {
        assertEquals(Charset.forName(charset), HtmlDecoder.charsetFromLabel(label));
    }

    @Test
    void unknownLabelsAreNull() {
        assertEquals(null, HtmlDecoder.charsetFromLabel("no-such-charset"));
    }
}
