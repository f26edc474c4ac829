package chanye.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Turns the article's container into clean paragraphs: drops a forum thread's replies, the blocks that noise
 * headings open (相关阅读,
 * 猜你喜欢...), disclaimers, ad labels and inline ad paragraphs (【广告】..., 推广：...), 责任编辑 lines, boilerplate elements, link lists, and the headline and
 * byline lines around the text. Short lines after the last paragraph stay only when they share its element, like
 * the signature under a notice laid out with {@code <br>}, or are the rows of a table that closes the text.
 */
final class BodyAssembler {

    private static final Pattern EDITOR_LINE = Pattern.compile(
            "^[\\[【(（]?\\s*(责任编辑|责编|值班编辑|编辑|审核|校对|监制|主编|终审|初审|复审|二审|三审|编审)\\s*[：:|丨/]");
    private static final int MAX_EDITOR_LINE = 60;
    private static final int MIN_HEADLINE_LINK = 6;
    private static final int MAX_CLIMB = 64;
    private static final int CLOSING_SHARE = 4;
    private static final int MAX_TEASER = 200;
    private static final int MAX_LEAD_LINES = 3;
    private static final int MIN_PLAIN_TEASERS = 2;

    private final NoiseMarkers markers;

    BodyAssembler(NoiseMarkers markers) {
        this.markers = markers;
    }

    /**
     * Assembles the body held by {@code container}.
     *
     * @param page      the page's lines
     * @param container the article's container from {@link BodyLocator}
     * @param title     the headline, dropped where the container repeats it
     */
    Body assemble(PageText page, Block container, String title) {
        List<TextLine> lines = page.lines();
        boolean[] keep = new boolean[lines.size()];
        int from = leadStart(lines, container);
        for (int i = from; i < container.end(); i++) {
            keep[i] = true;
        }
        dropNoiseSections(page, container, keep);
        dropForumReplies(lines, container, keep);
        dropCommentThread(page, container, keep);
        boolean[] disclaimer = disclaimers(lines, from, container.end(), keep);
        dropAfterClosingDisclaimer(page, container, keep, disclaimer);
        dropTeasers(page.lines(), container, keep);

        int proseLines = 0;
        int headlineLinks = 0;
        int firstProse = -1;
        int lastProse = -1;
        for (int i = from; i < container.end(); i++) {
            if (!keep[i]) {
                continue;
            }
            TextLine line = lines.get(i);
            if (line.isLinkLine() && line.chars() >= MIN_HEADLINE_LINK) {
                headlineLinks++;
            }
            if (disclaimer[i] || isNoise(line, container, title)) {
                keep[i] = false;
            } else if (line.isProse()) {
                proseLines++;
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        if (firstProse < 0) {
            return new Body(List.of(), 0, headlineLinks, -1, -1);
        }
        int last = lastProse;
        while (last + 1 < container.end() && keep[last + 1] && (lines.get(last + 1).owner() == lines.get(last).owner()
                || isTableRow(lines.get(last + 1)))) {
            last++;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = firstProse; i <= last; i++) {
            String text = lines.get(i).text();
            if (keep[i] && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text))) {
                paragraphs.add(text);
            }
        }
        return new Body(paragraphs, proseLines, headlineLinks, firstProse, last);
    }

    /** Whether a line is a row of a data table, which the page text gives as one line ({@link PageText}). */
    private static boolean isTableRow(TextLine line) {
        return line.owner() != null && "tr".equals(line.owner().normalName());
    }

    /**
     * Where the body starts: the container's first line, or up to three prose lines right before it that are no
     * boilerplate, such as a lead or summary kept in its own element beside the text.
     */
    private static int leadStart(List<TextLine> lines, Block container) {
        int from = container.start();
        while (from > 0 && container.start() - from < MAX_LEAD_LINES && lines.get(from - 1).isProse()
                && lines.get(from - 1).noiseDepth() < 0) {
            from--;
        }
        return from;
    }

    /**
     * Drops teasers: short prose right under a headline link, or under the link and its repeated title. One cut
     * short with an ellipsis is enough to tell; without one, it takes two in a row with no other prose between them
     * (a list of recommended items), so that a paragraph after an inline link or ad stays.
     */
    private static void dropTeasers(List<TextLine> lines, Block container, boolean[] keep) {
        List<Integer> run = new ArrayList<>();
        for (int i = container.start(); i < container.end(); i++) {
            TextLine line = lines.get(i);
            if (!keep[i] || !line.isProse()) {
                continue;
            }
            boolean teaser = line.chars() <= MAX_TEASER && followsHeadlineLink(lines, i, container, keep);
            if (teaser && Punctuation.endsWithEllipsis(line.text())) {
                keep[i] = false;
            } else if (teaser) {
                run.add(i);
            } else {
                dropRun(run, keep);
            }
        }
        dropRun(run, keep);
    }

    /** Drops a run of plain teasers with no other prose between them, if it lists two or more, and empties it. */
    private static void dropRun(List<Integer> run, boolean[] keep) {
        if (run.size() >= MIN_PLAIN_TEASERS) {
            for (int i : run) {
                keep[i] = false;
            }
        }
        run.clear();
    }

    /** Whether one of the two kept lines before line {@code i} is a headline link, with no prose in between. */
    private static boolean followsHeadlineLink(List<TextLine> lines, int i, Block container, boolean[] keep) {
        int seen = 0;
        for (int j = i - 1; j >= container.start() && seen < 2; j--) {
            if (!keep[j]) {
                continue;
            }
            seen++;
            TextLine previous = lines.get(j);
            if (previous.isLinkLine()) {
                return previous.chars() >= MIN_HEADLINE_LINK;
            }
            if (previous.isProse()) {
                return false;
            }
        }
        return false;
    }

    private boolean isNoise(TextLine line, Block container, String title) {
        String text = line.text();
        return line.noiseDepth() > container.depth()
                || line.isLinkLine()
                || markers.isAdLabel(text)
                || markers.isAdParagraph(text)
                || text.length() <= MAX_EDITOR_LINE && EDITOR_LINE.matcher(text).lookingAt()
                || !title.isEmpty() && text.equals(title);
    }

    /**
     * Drops each block that a noise heading opens. The block is the largest element around the heading, inside
     * the container, with no prose before the heading. When the heading stands alone (its block ends with it), the
     * rest of the container after it is the block; if no prose came before, only the links and short lines that
     * follow it are.
     */
    private void dropNoiseSections(PageText page, Block container, boolean[] keep) {
        List<TextLine> lines = page.lines();
        boolean proseBefore = false;
        for (int i = container.start(); i < container.end(); i++) {
            TextLine line = lines.get(i);
            if (!keep[i]) {
                continue;
            }
            if (!line.isProse() && markers.isSectionHeading(line)) {
                Block section = sectionOf(page, line.owner(), container, i);
                if (section != null && section.end() > i + 1) {
                    clear(keep, section.start(), section.end());
                } else if (proseBefore) {
                    clear(keep, i, container.end());
                } else {
                    int end = i + 1;
                    while (end < container.end() && !lines.get(end).isProse()) {
                        end++;
                    }
                    clear(keep, i, end);
                }
            }
            proseBefore |= keep[i] && line.isProse();
        }
    }

    /** Drops the replies of a forum thread, from its second post on: the body is its first post ({@link ForumPosts}). */
    private static void dropForumReplies(List<TextLine> lines, Block container, boolean[] keep) {
        int second = ForumPosts.secondPost(lines, container.start(), container.end(), keep);
        if (second >= 0) {
            clear(keep, second, container.end());
        }
    }

    /**
     * Drops a reader comment thread that closes the container, whatever its heading ({@link CommentLines}): its
     * element goes, and so do the heading and counters right above it.
     */
    private static void dropCommentThread(PageText page, Block container, boolean[] keep) {
        List<TextLine> lines = page.lines();
        int first = CommentLines.threadStart(lines, container.start(), container.end(), keep);
        if (first < 0 || page.proseChars(container.start(), first) == 0) {
            return;
        }
        Block thread = sectionOf(page, lines.get(first).owner(), container, first);
        int start = thread == null ? first : thread.start();
        while (start > container.start() && (!keep[start - 1] || !lines.get(start - 1).isProse())) {
            start--;
        }
        clear(keep, start, container.end());
    }

    /** Which kept lines from {@code from} to {@code to} are disclaimers or copyright notices, read once each. */
    private boolean[] disclaimers(List<TextLine> lines, int from, int to, boolean[] keep) {
        boolean[] disclaimer = new boolean[lines.size()];
        for (int i = from; i < to; i++) {
            disclaimer[i] = keep[i] && markers.isDisclaimer(lines.get(i).text());
        }
        return disclaimer;
    }

    /**
     * A disclaimer near the end closes the article: what follows it in the container (reactions, report buttons,
     * platform notices) is dropped, unless a good share of the text is still to come.
     */
    private static void dropAfterClosingDisclaimer(PageText page, Block container, boolean[] keep,
                                                   boolean[] disclaimer) {
        for (int i = container.start(); i < container.end(); i++) {
            if (!keep[i] || !disclaimer[i]) {
                continue;
            }
            int before = page.proseChars(container.start(), i);
            if (before > 0 && page.proseChars(i + 1, container.end()) * CLOSING_SHARE < before) {
                clear(keep, i, container.end());
                return;
            }
        }
    }

    private static Block sectionOf(PageText page, Element owner, Block container, int heading) {
        Block section = null;
        int climbed = 0;
        for (Element e = owner; e != null && e != container.element() && climbed++ < MAX_CLIMB; e = e.parent()) {
            Block block = page.blockOf(e);
            if (block == null) {
                continue;
            }
            if (!block.within(container) || block.end() - block.start() >= container.end() - container.start()) {
                break;
            }
            if (page.proseChars(block.start(), heading) > 0) {
                return section;
            }
            section = block;
        }
        return section;
    }

    private static void clear(boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            keep[i] = false;
        }
    }
}
