package chanye.index.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as one line of HTML-safe text: matches in {@code <em>...</em>}, overlapping
 * matches merged into one (the bigrams 塔里 and 里木 become {@code <em>塔里木</em>}), everything else
 * escaped, line breaks as spaces, passages that do not follow each other joined by {@value #ELLIPSIS}.
 */
public final class SnippetFormatter extends PassageFormatter {

    /** What stands between passages that are not adjacent in the text. */
    public static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                out.append(ELLIPSIS);
            }
            appendPassage(out, passage, content);
            previousEnd = passage.getEndOffset();
        }
        return out.toString().strip();
    }

    private static void appendPassage(StringBuilder out, Passage passage, String content) {
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int position = passage.getStartOffset();
        int match = 0;
        while (match < passage.getNumMatches()) {
            int start = Math.max(starts[match], position);
            int end = ends[match];
            match++;
            while (match < passage.getNumMatches() && starts[match] < end) {
                end = Math.max(end, ends[match]);
                match++;
            }
            if (end <= start) {
                continue;
            }
            appendEscaped(out, content, position, start);
            out.append("<em>");
            appendEscaped(out, content, start, end);
            out.append("</em>");
            position = end;
        }
        appendEscaped(out, content, position, passage.getEndOffset());
    }

    private static void appendEscaped(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r', '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
