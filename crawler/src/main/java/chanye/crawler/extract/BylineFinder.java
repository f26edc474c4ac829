package chanye.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the source (来源) and the author (作者, 记者, 文/...) from byline lines and datelines. 责任编辑 and the other
 * editing credits are not authors. Fields printed side by side in elements of their own come out of the page glued
 * together ({@code 来源：天山网作者：赵六}); they are split again at the label that opens the next field.
 */
final class BylineFinder {

    private static final String VALUE = "([^\\s|丨｜:：/,，;；()（）【】\\[\\]<>]{1,30})";
    private static final Pattern SOURCE = Pattern.compile("(?:来源|出处|稿源|来自)\\s*[：:]\\s*" + VALUE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?<![责任值班编审])(?:作者|记者|撰文|撰稿|文|编辑)\\s*[：:／/|丨]\\s*"
                    + "(?:[^\\s：:]{0,12}?(?:记者|评论员|通讯员|撰稿人)\\s*)?" + VALUE);
    /** The parts of a transcribed name (Uyghur, Kazakh, foreign) joined by a middle dot in any of its forms. */
    private static final String DOTTED_NAME = "\\p{IsHan}{1,10}(?:[·•．・‧]\\p{IsHan}{1,10}){1,3}";
    private static final Pattern REPORTER = Pattern.compile(
            "(?:^|\\s)(?:本报|本台|本网)?记者\\s+(" + DOTTED_NAME + "|\\p{IsHan}{2,5})(?=\\s|$)");
    private static final Pattern DATELINE = Pattern.compile(
            "^[^。，]{0,30}?[电讯][（(]\\s*(?:本报|本台|本网)?记者\\s*(" + DOTTED_NAME + "|\\p{IsHan}{2,4})"
                    + "(?=[\\s、）)，,])");
    /**
     * Where a byline label follows the previous field's value with no space between them: before 作者：, 发布时间：,
     * 浏览次数： and the like, and before 记者 or 通讯员 followed by a space or a colon; not inside 责任编辑 or 本报记者.
     */
    static final Pattern GLUED_LABEL = Pattern.compile("(?<=[^\\s：:|丨｜/／])(?="
            + "(?:来源|出处|稿源|作者|撰文|撰稿|(?<!责任|值班)编辑|责任编辑|责编|(?<!发布|更新)时间|(?<!发布|更新)日期"
            + "|发布时间|发布日期|更新时间|(?:浏览|阅读|点击)(?:次数|量)?|字号)\\s*[：:]"
            + "|(?:(?:本报|本台|本网)|(?<!本报|本台|本网))(?:记者|通讯员|摄影)\\s*[\\s：:])");
    /**
     * The first characters of what {@link #GLUED_LABEL} looks ahead for (来源, 作者, (?<!责任)编辑, 本报记者, 通讯员 ...): the
     * only places it can match.
     */
    static final String LABEL_STARTS = "来出稿作撰编责时日发更浏阅点字本记通摄";
    private static final int MAX_BYLINE_CHARS = 120;

    private BylineFinder() {
    }

    /** The source named in the byline lines, or {@code null}. */
    static String source(List<TextLine> byline) {
        return first(fields(byline), SOURCE);
    }

    /**
     * The source and the author of an article, the fields of the lines around its headline split once for both. The
     * source is the one named around the headline, else in the credit closing the body (（来源：经济日报）), else in
     * the information table above the headline; the author as {@link #author(List, String)} reads it.
     *
     * @param byline    the byline windows of the page
     * @param firstLine the body's first paragraph, or {@code null}
     */
    static Credits credits(BylineLines byline, String firstLine) {
        List<String> around = fields(byline.around());
        String source = first(around, SOURCE);
        source = source != null ? source : source(byline.closing());
        source = source != null ? source : source(byline.above());
        return new Credits(source, authorIn(around, firstLine));
    }

    /**
     * The author named in the byline lines, else in the dateline that opens the first paragraph (本报讯（记者 张三）,
     * 新华社北京2月10日电（记者李四）), or {@code null}.
     *
     * @param byline    the lines around the headline
     * @param firstLine the body's first paragraph, or {@code null}
     */
    static String author(List<TextLine> byline, String firstLine) {
        return authorIn(fields(byline), firstLine);
    }

    private static String authorIn(List<String> fields, String firstLine) {
        String author = first(fields, AUTHOR);
        if (author == null) {
            author = first(fields, REPORTER);
        }
        if (author == null && firstLine != null) {
            Matcher m = DATELINE.matcher(firstLine);
            author = m.lookingAt() ? m.group(1) : null;
        }
        return author;
    }

    /**
     * The byline with a space put back between fields that the page printed side by side: before each place where
     * {@link #GLUED_LABEL} matches, as its replaceAll would put it, but tried only where a label can start instead of
     * at every character.
     */
    static String fields(String byline) {
        if (!mayHoldLabel(byline)) {
            return byline;
        }
        Matcher glued = GLUED_LABEL.matcher(byline).useTransparentBounds(true);
        StringBuilder split = null;
        int copied = 0;
        for (int i = 1; i < byline.length(); i++) {
            if (LABEL_STARTS.indexOf(byline.charAt(i)) >= 0 && glued.region(i, byline.length()).lookingAt()) {
                split = split == null ? new StringBuilder(byline.length() + 8) : split;
                split.append(byline, copied, i).append(' ');
                copied = i;
            }
        }
        return split == null ? byline : split.append(byline, copied, byline.length()).toString();
    }

    /** Whether a line holds a colon or a credit word, without which no label can follow a field. */
    private static boolean mayHoldLabel(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0 || text.contains("记者") || text.contains("通讯员")
                || text.contains("摄影");
    }

    /** The byline-sized lines, their fields split ({@link #fields(String)}), split once for every pattern read. */
    private static List<String> fields(List<TextLine> lines) {
        List<String> fields = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (line.chars() <= MAX_BYLINE_CHARS) {
                fields.add(fields(line.text()));
            }
        }
        return fields;
    }

    private static String first(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Who an article names as its source and its author.
     *
     * @param source the source (来源), or {@code null}
     * @param author the author, or {@code null}
     */
    record Credits(String source, String author) {
    }
}
