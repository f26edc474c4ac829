package chanye.crawler.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes HTML bytes into text without trusting any single declaration.
 *
 * <p>Order: a byte-order mark; then strict UTF-8 (pages re-encoded to UTF-8 often keep a stale gb2312 meta; a
 * sequence cut off at the very end, as in a truncated page, does not count against it); then the declarations,
 * the HTTP header's charset and the {@code <meta>} ones, when exactly one charset is declared and it decodes the
 * bytes without error; then detection on the raw bytes (juniversalchardet) when declarations are missing,
 * disagree, fail to decode, or declare a Western single-byte charset for bytes detection reads as Chinese; when
 * detection is unsure, the first declaration that decodes without error, else the first decoded leniently; then
 * GB18030, the superset of GBK and GB2312 that most Chinese pages without a declaration use. GB2312 and GBK labels decode as GB18030; junk labels and several labels in one
 * attribute are read by {@link #charsetFromLabel}.
 */
public final class HtmlDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int META_SNIFF_BYTES = 8192;
    private static final Pattern META_TAG = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Set<Charset> WESTERN = Set.of(StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            Charset.forName("windows-1252"));

    private HtmlDecoder() {
    }

    /**
     * Decodes a page.
     *
     * @param bytes       the raw body
     * @param contentType the HTTP Content-Type header, or {@code null} for a file
     * @return the decoded text and the charset chosen
     */
    public static DecodedHtml decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedHtml(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedHtml(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedHtml(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        DecodedHtml utf8 = decodeUtf8AllowingCutEnd(bytes);
        if (utf8 != null) {
            return utf8;
        }
        List<Charset> header = CharsetLabels.parse(contentType == null ? null : contentParam(contentType));
        List<Charset> meta = metaCharsets(bytes);
        List<Charset> declared = new ArrayList<>(header);
        meta.stream().filter(c -> !declared.contains(c)).forEach(declared::add);
        Charset detected = null;
        boolean detectionRun = false;
        if (declared.size() == 1) {
            Charset only = declared.get(0);
            CharBuffer text = decodeStrictly(bytes, only);
            boolean western = WESTERN.contains(only);
            if (western) {
                detected = detect(bytes);
                detectionRun = true;
            }
            boolean westernForChinese = western && detected != null && !WESTERN.contains(detected);
            if (text != null && !westernForChinese) {
                return new DecodedHtml(text.array(), text.limit(), only, header.isEmpty() ? "meta" : "header");
            }
        }
        if (!detectionRun) {
            detected = detect(bytes);
        }
        if (detected != null) {
            return new DecodedHtml(new String(bytes, detected), detected, "detected");
        }
        for (Charset c : declared) {
            CharBuffer text = decodeStrictly(bytes, c);
            if (text != null) {
                return new DecodedHtml(text.array(), text.limit(), c, header.contains(c) ? "header" : "meta");
            }
        }
        if (!declared.isEmpty()) {
            Charset first = declared.get(0);
            return new DecodedHtml(new String(bytes, first), first, header.contains(first) ? "header" : "meta");
        }
        return new DecodedHtml(new String(bytes, GB18030), GB18030, "fallback");
    }

    /**
     * Maps a charset label, or text holding a {@code charset=} parameter, to a charset; GB2312 and GBK map to
     * GB18030. Junk labels such as {@code gbk2312} are read by their family; of several labels in one value
     * ({@code gb2312 gbk utf-8}) the first known one is taken.
     *
     * @return the charset, or {@code null} when the text names none this JVM knows
     */
    public static Charset charsetFromLabel(String text) {
        List<Charset> all = CharsetLabels.parse(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The charset juniversalchardet reads in the bytes, or {@code null} when it is not sure. */
    static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : CharsetLabels.map(name);
    }

    private static String contentParam(String contentType) {
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset");
        return i < 0 ? null : contentType.substring(i);
    }

    private static List<Charset> metaCharsets(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        List<Charset> out = new ArrayList<>();
        Matcher m = META_TAG.matcher(head);
        while (m.find()) {
            String tag = m.group();
            if (tag.toLowerCase(Locale.ROOT).contains("charset")) {
                CharsetLabels.parse(tag).stream().filter(c -> !out.contains(c)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Strict UTF-8, except that a multi-byte sequence cut off by the end of the bytes becomes U+FFFD; {@code null}
     * when the bytes are not UTF-8.
     */
    private static DecodedHtml decodeUtf8AllowingCutEnd(byte[] bytes) {
        int whole = bytes.length - incompleteTail(bytes);
        char[] chars = new char[bytes.length];
        int length = StrictUtf8.decode(bytes, whole, chars);
        if (length < 0) {
            return null;
        }
        if (whole < bytes.length) {
            chars[length++] = '\uFFFD';
        }
        return new DecodedHtml(chars, length, StandardCharsets.UTF_8, "utf-8");
    }

    private static int incompleteTail(byte[] bytes) {
        for (int back = 1; back <= Math.min(3, bytes.length); back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return need > back ? back : 0;
            }
        }
        return 0;
    }

    /** The bytes decoded without error, in a buffer whose array holds the text from index 0; else {@code null}. */
    private static CharBuffer decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
