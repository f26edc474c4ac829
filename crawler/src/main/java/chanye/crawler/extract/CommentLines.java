package chanye.crawler.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the reader comment thread that closes an article, whatever the site calls its block, by the shape of its
 * items: a comment credited to a reader ({@code 网友 天山客：说得好}, {@code 乌鲁木齐网友：...}), or a comment's
 * meta line, a user name with a time and the actions on it ({@code 老张 3小时前 回复 点赞(12)}), the actions perhaps
 * on a line of their own just below ({@code 回复 赞(12)}).
 *
 * <p>Articles quote readers too, and an online interview alternates 网友： questions with answers; so a thread takes
 * two or more items with no prose after them but the text under a meta line.
 */
final class CommentLines {

    private static final Pattern CREDITED = Pattern.compile(
            "^(?:(?:网友|读者|用户|游客)\\s*[@＠]?[^\\s：:，,。“”\"]{0,20}|[^\\s：:，,。“”\"]{1,12}(?:网友|读者))\\s*[：:]");
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}[:：]\\d{2}|\\d+\\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|\\d{1,4}[-/.年月]\\d{1,2}");
    private static final Pattern ACTION = Pattern.compile("回复|点赞|举报|[赞顶踩]\\s*[（(\\[]?\\s*\\d");
    private static final Pattern ACTIONS_ONLY = Pattern.compile(
            "^(?:(?:回复|点赞|赞|踩|顶|举报)\\s*[（(\\[]?\\s*\\d*\\s*[）)\\]]?\\s*)+$");
    private static final int MAX_META_CHARS = 60;
    private static final int ACTIONS_REACH = 3;
    private static final int TEXT_UNDER_META = 2;
    private static final int MIN_ITEMS = 2;

    private CommentLines() {
    }

    /**
     * The first line of the comment thread that closes lines {@code from} to {@code to}, or -1: the first of two or
     * more items after which no prose comes but the text of a comment under its meta line.
     *
     * @param keep the lines still kept; the others are passed over
     */
    static int threadStart(List<TextLine> lines, int from, int to, boolean[] keep) {
        int first = -1;
        int items = 0;
        int textAllowed = 0;
        for (int i = from; i < to; i++) {
            if (!keep[i]) {
                continue;
            }
            TextLine line = lines.get(i);
            boolean credited = isCredited(line);
            if (credited || isMetaAt(lines, i, to, keep)) {
                first = first < 0 ? i : first;
                items++;
                textAllowed = credited ? 0 : TEXT_UNDER_META;
            } else if (line.isProse() && textAllowed-- <= 0) {
                first = -1;
                items = 0;
            }
        }
        return items >= MIN_ITEMS ? first : -1;
    }

    /** Whether the line is a comment credited to a reader, such as 网友 天山客：说得好. */
    static boolean isCredited(TextLine line) {
        return NoiseMarkers.hasColon(line.text()) && CREDITED.matcher(line.text()).lookingAt();
    }

    /** Whether the line is a comment's meta line: short, with a time and an action such as 回复 or 点赞. */
    static boolean isMeta(TextLine line) {
        return isTimed(line) && ACTION.matcher(line.text()).find();
    }

    /** Whether the line holds only actions on a comment, such as 回复 赞(12). */
    static boolean isActions(TextLine line) {
        return ACTIONS_ONLY.matcher(line.text()).matches();
    }

    /** A meta line, or a short timed line (a user name and a time) with a line of actions a little below it. */
    private static boolean isMetaAt(List<TextLine> lines, int i, int to, boolean[] keep) {
        TextLine line = lines.get(i);
        if (isMeta(line)) {
            return true;
        }
        if (line.isProse() || !isTimed(line)) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < to && seen < ACTIONS_REACH; j++) {
            if (keep[j]) {
                seen++;
                if (isActions(lines.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTimed(TextLine line) {
        return line.chars() <= MAX_META_CHARS && mayHoldTime(line.text()) && TIME.matcher(line.text()).find();
    }

    /** Whether a line has a digit or a word of relative time, without which it holds no time. */
    private static boolean mayHoldTime(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '刚' || c == '昨' || c == '前') {
                return true;
            }
        }
        return false;
    }
}
