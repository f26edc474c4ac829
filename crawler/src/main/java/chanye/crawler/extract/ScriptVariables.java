package chanye.crawler.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads values that a page keeps in its inline scripts rather than in its markup: {@code var ct = "1714962000";}
 * on a WeChat article, {@code "publishTime":"2024-05-06 10:20"} in the state of a page rendered by script. Only
 * simple assignments of a string or a number to a known name are read; nothing is run.
 */
final class ScriptVariables {

    private static final String VALUE = "\\s*[=:]\\s*(?:htmlDecode\\(\\s*)?(?:\"([^\"\\n]{1,200})\"|'([^'\\n]{1,200})'"
            + "|(\\d{10}|\\d{13})(?![0-9]))";
    private static final Pattern PUBLISH_TIME = Pattern.compile("(?<![\\w$.])[\"']?(?:ct|create_time|createTime"
            + "|publish_time|publishTime|publishtime|pub_time|pubtime|pubTime|pubDate|publishDate|publish_date)"
            + "[\"']?" + VALUE);

    private ScriptVariables() {
    }

    /**
     * The publish time in the page's inline scripts: the first one with a time of day, else the first date, else
     * {@code null}. A number is epoch seconds or milliseconds; a time without a zone is China time.
     */
    static DateTimes.Stamp publishTime(Document document) {
        DateTimes.Stamp dateOnly = null;
        for (Element script : document.getElementsByTag("script")) {
            if (!isInlineCodeOrData(script)) {
                continue;
            }
            Matcher m = PUBLISH_TIME.matcher(script.data());
            while (m.find()) {
                DateTimes.Stamp stamp = DateTimes.find(value(m));
                if (stamp != null && stamp.hasTime()) {
                    return stamp;
                }
                dateOnly = dateOnly != null ? dateOnly : stamp;
            }
        }
        return dateOnly;
    }

    /** The string first assigned to {@code name} in the page's inline scripts, or {@code null}. */
    static String string(Document document, String name) {
        Pattern assignment = Pattern.compile("(?<![\\w$.])[\"']?" + Pattern.quote(name) + "[\"']?" + VALUE);
        for (Element script : document.getElementsByTag("script")) {
            if (isInlineCodeOrData(script)) {
                Matcher m = assignment.matcher(script.data());
                if (m.find()) {
                    String value = value(m).strip();
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }

    /**
     * Whether a script is inline code or data (no type, a JavaScript or module type, or JSON), not a loaded file or a
     * template such as {@code <script type="text/html">}, whose text is never run.
     */
    private static boolean isInlineCodeOrData(Element script) {
        if (script.hasAttr("src")) {
            return false;
        }
        String type = script.attr("type").toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("javascript") || type.contains("ecmascript") || type.equals("module")
                || type.contains("json");
    }

    private static String value(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }
}
