package chanye.crawler.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the source (来源) and the author (作者, 记者, 文/...) from byline lines. 责任编辑 and the other editing credits
 * are not authors.
 */
final class BylineFinder {

    private static final String VALUE = "([^\\s|丨｜:：/,，;；()（）【】\\[\\]<>]{1,30})";
    private static final Pattern SOURCE = Pattern.compile("(?:来源|出处|稿源|来自)\\s*[：:]\\s*" + VALUE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?<![责任值班编审])(?:作者|记者|撰文|撰稿|文|编辑)\\s*[：:／/|丨]\\s*(?:记者\\s*)?" + VALUE);
    private static final Pattern REPORTER = Pattern.compile(
            "(?:^|\\s)(?:本报|本台|本网)?记者\\s+([\\p{IsHan}·]{2,5})(?=\\s|$)");
    private static final int MAX_BYLINE_CHARS = 120;

    private BylineFinder() {
    }

    /** The source named in the byline lines, or {@code null}. */
    static String source(List<TextLine> byline) {
        return first(byline, SOURCE);
    }

    /** The author named in the byline lines, or {@code null}. */
    static String author(List<TextLine> byline) {
        String author = first(byline, AUTHOR);
        return author != null ? author : first(byline, REPORTER);
    }

    private static String first(List<TextLine> lines, Pattern pattern) {
        for (TextLine line : lines) {
            if (line.chars() > MAX_BYLINE_CHARS) {
                continue;
            }
            Matcher m = pattern.matcher(line.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
