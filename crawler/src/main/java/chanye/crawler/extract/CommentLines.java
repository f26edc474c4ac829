package chanye.crawler.extract;

import java.util.regex.Pattern;

/**
 * Tells the lines of a reader comment thread, whatever the site calls its block: a comment credited to a reader
 * ({@code 网友 天山客：说得好}, {@code 乌鲁木齐网友：...}), or a comment's meta line, a user name with a time and the
 * actions on it ({@code 老张 3小时前 回复 点赞(12)}, {@code 2024-05-01 10:20 举报}).
 *
 * <p>Articles quote readers too, so one such line proves nothing; the assembler acts only on several of them.
 */
final class CommentLines {

    private static final Pattern CREDITED = Pattern.compile(
            "^(?:(?:网友|读者|用户|游客)\\s*[@＠]?[^\\s：:，,。“”\"]{0,20}|[^\\s：:，,。“”\"]{1,12}(?:网友|读者))\\s*[：:]");
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}[:：]\\d{2}|\\d+\\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|\\d{1,4}[-/.年月]\\d{1,2}");
    private static final Pattern ACTION = Pattern.compile("回复|点赞|举报|[赞顶踩]\\s*[（(\\[]?\\s*\\d");
    private static final int MAX_META_CHARS = 60;

    private CommentLines() {
    }

    /** Whether the line is a comment credited to a reader or a comment's meta line. */
    static boolean isComment(TextLine line) {
        return CREDITED.matcher(line.text()).find() || isMeta(line);
    }

    /** Whether the line is a comment's meta line: short, with a time and an action such as 回复 or 点赞. */
    static boolean isMeta(TextLine line) {
        String text = line.text();
        return line.chars() <= MAX_META_CHARS && ACTION.matcher(text).find() && TIME.matcher(text).find();
    }
}
