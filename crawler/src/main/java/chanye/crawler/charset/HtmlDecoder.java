package chanye.crawler.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes into text without trusting any single declaration.
 *
 * <p>Order: a byte-order mark; then strict UTF-8 (pages re-encoded to UTF-8 often keep a stale gb2312 meta);
 * then the HTTP header's charset, then the first {@code <meta>} declaration; then GB18030, the superset of
 * GBK and GB2312 that most Chinese pages without a declaration use. GB2312 and GBK labels decode as GB18030.
 */
public final class HtmlDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int META_SNIFF_BYTES = 8192;
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);

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
        String strictUtf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
        if (strictUtf8 != null) {
            return new DecodedHtml(strictUtf8, StandardCharsets.UTF_8, "utf-8");
        }
        Charset declared = charsetFromLabel(contentType);
        String how = "header";
        if (declared == null) {
            int sniff = Math.min(bytes.length, META_SNIFF_BYTES);
            declared = charsetFromLabel(new String(bytes, 0, sniff, StandardCharsets.ISO_8859_1));
            how = "meta";
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new DecodedHtml(new String(bytes, declared), declared, how);
        }
        return new DecodedHtml(new String(bytes, GB18030), GB18030, "fallback");
    }

    /**
     * Maps a charset label, or text holding a {@code charset=} parameter, to a charset; GB2312 and GBK map to
     * GB18030. Junk labels such as {@code gbk2312} are read by their family.
     *
     * @return the charset, or {@code null} when the text names none this JVM knows
     */
    public static Charset charsetFromLabel(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(text);
        String label = m.find() ? m.group(1) : text.trim();
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gb") || lower.contains("gbk") || lower.contains("2312") || lower.contains("936")) {
            return GB18030;
        }
        if (lower.startsWith("utf8") || lower.startsWith("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
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
