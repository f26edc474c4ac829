package chanye.crawler.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Tells a forum thread (or a blog post under its comments) by its post openings, and where its second post begins,
 * so that the body keeps the first post alone: the replies are readers' talk, like a news page's comments.
 *
 * <p>A post opens with a floor (楼主, 沙发, 板凳, 地板, 3楼, 5#, #7) or a posting time ({@code 发表于 2024-8-26 21:14});
 * consecutive opening lines are one opening. The lines are a thread when the first opening comes before any running
 * text and a second one follows the first post's text.
 */
public final class ForumPosts {

    private static final int MAX_OPENING_CHARS = 60;
    private static final Pattern FLOOR = Pattern.compile(
            "^(?:楼主|沙发|板凳|地板|\\d{1,5}\\s*[楼#]|#\\s*\\d{1,5}|第\\s*\\d{1,5}\\s*楼)(?:\\s|$)");
    private static final Pattern POSTED = Pattern.compile(
            "(?:发表于|发表时间|发帖时间|发布于|回复于)\\s*[：:]?\\s*\\d{2,4}[-/.年]\\d{1,2}");

    private ForumPosts() {
    }

    /**
     * Whether a page is a forum thread (or a blog post under its comments), whose body is its first post alone: its
     * posts open right under its headline. Its later pages hold replies only, so they are not part of its article.
     */
    public static boolean isThread(Document document) {
        PageText page = PageText.of(document);
        List<TextLine> lines = page.lines();
        int headline = TitleFinder.find(document, page).line();
        boolean[] all = new boolean[lines.size()];
        Arrays.fill(all, true);
        return secondPost(lines, headline + 1, lines.size(), all) >= 0;
    }

    /**
     * The line where the second post of a thread opens, or -1 when lines {@code from} to {@code to} are no thread.
     *
     * @param keep the lines still kept; the others are passed over
     */
    static int secondPost(List<TextLine> lines, int from, int to, boolean[] keep) {
        boolean inOpening = false;
        boolean textAfterFirst = false;
        int openings = 0;
        for (int i = from; i < to; i++) {
            if (!keep[i]) {
                continue;
            }
            TextLine line = lines.get(i);
            if (isOpening(line)) {
                if (!inOpening && openings == 1 && textAfterFirst) {
                    return i;
                }
                openings += inOpening ? 0 : 1;
                inOpening = true;
            } else if (line.isProse()) {
                if (openings == 0) {
                    return -1;
                }
                inOpening = false;
                textAfterFirst = true;
            }
        }
        return -1;
    }

    /** Whether a line opens a post: a floor, or a posting time, in a short line. */
    static boolean isOpening(TextLine line) {
        if (line.chars() > MAX_OPENING_CHARS) {
            return false;
        }
        String text = line.text();
        return FLOOR.matcher(text).lookingAt() || POSTED.matcher(text).find();
    }
}
