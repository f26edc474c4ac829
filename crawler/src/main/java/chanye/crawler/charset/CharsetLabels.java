package chanye.crawler.charset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the charset labels that real pages carry, junk included: {@code gbk2312}, {@code x-cp20936}, and several
 * labels in one attribute ({@code gb2312 gbk utf-8 UTF-8 Big5}). GB2312, GBK and their relatives map to GB18030,
 * the superset real servers actually send; Big5 maps to Big5-HKSCS, its superset.
 */
final class CharsetLabels {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = supported("Big5-HKSCS", "Big5");
    private static final Pattern CHARSET_VALUE =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([^\"'>;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private CharsetLabels() {
    }

    /**
     * The charsets named by a label, or by the {@code charset=} parameter of a Content-Type or {@code <meta>}
     * text, in the order given, each once; unknown labels are left out.
     */
    static List<Charset> parse(String text) {
        List<Charset> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = CHARSET_VALUE.matcher(text);
        String value = m.find() ? m.group(1) : text;
        for (String token : SEPARATORS.split(value.strip())) {
            Charset c = map(token);
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Maps one label to a charset, or {@code null} when it names none this JVM knows. */
    static Charset map(String label) {
        String lower = label.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return null;
        }
        if (lower.startsWith("gb") || lower.contains("gbk") || lower.contains("2312") || lower.contains("936")
                || lower.equals("euc-cn")) {
            return GB18030;
        }
        if (lower.startsWith("big5") || lower.equals("cp950")) {
            return BIG5;
        }
        if (lower.startsWith("utf8") || lower.startsWith("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset supported(String preferred, String fallback) {
        return Charset.isSupported(preferred) ? Charset.forName(preferred) : Charset.forName(fallback);
    }
}
