package chanye.classifier.score;

import java.util.Set;

/**
 * Recognises the start of a list item in Chinese official writing: 一是, 二、, (三), 第四, 5., ⑥, or a short heading
 * that ends in a colon (林果业：, 油气生产加工：). Character checks at one offset; no regular expression.
 */
final class ListMarkers {

    private static final String NUMERALS = "一二三四五六七八九十";
    /** The longest heading before its colon that still reads as a list item's heading. */
    private static final int MAX_HEADING = 12;
    /** Labels of a page's furniture, not headings of a list: 原标题：, 来源：, 责任编辑：. */
    private static final Set<String> BYLINES = Set.of("原标题", "标题", "来源", "编辑", "责任编辑",
            "记者", "作者", "审核", "校对", "通讯员", "摄影", "图片", "视频", "本报讯", "核稿", "监制", "出品");

    private ListMarkers() {
    }

    /** Whether a list item starts at {@code at} in {@code text} (leading spaces skipped). */
    static boolean startsItem(String text, int at) {
        int i = at;
        int length = text.length();
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= length) {
            return false;
        }
        char c = text.charAt(i);
        if (c >= '\u2460' && c <= '\u2473') {
            return true;
        }
        if (c == '(' || c == '（') {
            int end = skip(text, i + 1, true);
            return end > i + 1 && end < length && (text.charAt(end) == ')' || text.charAt(end) == '）');
        }
        if (c == '第') {
            int end = skip(text, i + 1, false);
            return end > i + 1 && end < length && isItemEnd(text.charAt(end), false);
        }
        int end = skip(text, i, true);
        if (end > i) {
            boolean digits = isDigit(text.charAt(i));
            return end < length && isItemEnd(text.charAt(end), digits)
                    && !(digits && end + 1 < length && isDigit(text.charAt(end + 1)));
        }
        return isHeading(text, i);
    }

    /** The offset after a run of Chinese numerals (and, with {@code digits}, of digits) from {@code from}. */
    private static int skip(String text, int from, boolean digits) {
        int i = from;
        while (i < text.length() && (NUMERALS.indexOf(text.charAt(i)) >= 0 || digits && isDigit(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whether {@code c} ends an item number: 是 or 、 after a Chinese numeral, a dot or 、 after digits. */
    private static boolean isItemEnd(char c, boolean digits) {
        return c == '、' || c == ',' && !digits || c == '.' || c == '．' || !digits && (c == '是' || c == '，');
    }

    /** A short heading at {@code at} ending in a colon, with no sentence punctuation before it. */
    private static boolean isHeading(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_HEADING + 1);
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                        && !BYLINES.contains(text.substring(at, i).strip());
            }
            if (endsClause(c)) {
                return false;
            }
        }
        return false;
    }

    /** Sentence or clause punctuation of either width, or a line break: a switch, not a search of a string. */
    private static boolean endsClause(char c) {
        return switch (c) {
            case '，', '。', '；', '！', '？', ',', '.', ';', '!', '?', '\n' -> true;
            default -> false;
        };
    }
}
