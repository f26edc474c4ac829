package chanye.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a page where its byline may sit, with a field printed as a label and its value in two cells
 * ({@code 来源：} | {@code 市工业和信息化局}, as in a government site's table) joined back into one line.
 *
 * @param around the dozen lines after the headline, then the dozen before the first paragraph, each once
 * @param above  the dozen lines before the headline, where a government page's information table sits; only
 *               labelled fields are read there, as a site's header carries dates of its own (今天是...)
 * @param closing the body's last line and the few after it, where a closing （来源：...） credit sits
 */
record BylineLines(List<TextLine> around, List<TextLine> above, List<TextLine> closing) {

    private static final int WINDOW = 12;
    private static final int CLOSING_LINES = 4;
    private static final Pattern LABEL_ONLY = Pattern.compile("^(?:[\\p{IsHan}\\s　]{1,8}[：:]|\\p{IsHan}{0,6}(?:时间|日期))$");

    /**
     * The byline windows of a page.
     *
     * @param page       its lines
     * @param headline   the line of the headline, or -1
     * @param firstProse the line of the body's first paragraph, or -1
     * @param lastLine   the body's last line, or -1
     */
    static BylineLines of(PageText page, int headline, int firstProse, int lastLine) {
        List<TextLine> lines = page.lines();
        int end = firstProse >= 0 ? firstProse : lines.size();
        List<TextLine> around = new ArrayList<>();
        int afterHeadline = headline >= 0 && headline < end ? Math.min(end, headline + 1 + WINDOW) : 0;
        if (afterHeadline > 0) {
            around.addAll(lines.subList(headline + 1, afterHeadline));
        }
        int beforeBody = Math.max(afterHeadline, end - WINDOW);
        if (firstProse >= 0) {
            around.addAll(lines.subList(beforeBody, end));
        }
        List<TextLine> above = headline > 0 ? lines.subList(Math.max(0, headline - WINDOW), headline) : List.of();
        List<TextLine> closing = lastLine >= 0
                ? lines.subList(lastLine, Math.min(lines.size(), lastLine + 1 + CLOSING_LINES)) : List.of();
        return new BylineLines(joinLabels(around), joinLabels(above), closing);
    }

    /**
     * The lines with each line that is only a label ({@code 发布时间：}, or a time's label without its colon, as in a
     * {@code <dt>注册时间</dt>}) joined to the value on the line after it.
     */
    static List<TextLine> joinLabels(List<TextLine> lines) {
        List<TextLine> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i + 1 < lines.size() && LABEL_ONLY.matcher(line.text()).matches()) {
                TextLine value = lines.get(++i);
                String text = line.text() + value.text();
                line = new TextLine(text, value.owner(), line.chars() + value.chars(), value.linkChars(),
                        line.punctuation() + value.punctuation(), false, value.noiseDepth());
            }
            joined.add(line);
        }
        return joined;
    }
}
