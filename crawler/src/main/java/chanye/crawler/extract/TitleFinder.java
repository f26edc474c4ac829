package chanye.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the headline among the page's headings, {@code og:title} and {@code <title>}: the longest heading that
 * agrees with a declared title wins (so a logo in an {@code h1} loses to the real headline), then a plain line
 * repeating it; without one, the declared title loses its site-name suffix ({@code _网易新闻}, {@code -新华网},
 * {@code |...}), and a page whose declared title is missing or a bare site name falls back to its {@code h1}.
 */
final class TitleFinder {

    private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s*(?:[_|｜\\-–—―]+|\\s[-–—]\\s)\\s*");
    private static final int MAX_SUFFIX = 24;
    private static final int MAX_HEADINGS = 64;
    private static final int MAX_TITLE = 200;
    private static final int SLACK = 8;
    private static final int MIN_CUT_TITLE = 4;
    private static final int NEAR_BODY_LINES = 30;
    private static final int MIN_HEADLINE = 8;
    private static final Headline NONE = new Headline("", -1, false);

    private TitleFinder() {
    }

    /**
     * The headline the page's text and declared titles agree on, else the declared title without its site suffix,
     * else when that is too short to be a headline (a bare site name) the first {@code h1} long enough to be one
     * rather than a logo, else the short declared title, else none (an empty title: see {@link #nearestHeading}).
     *
     * @param document the page
     * @param page     its lines: heading lines are the candidates, then plain lines that repeat the declared title
     * @return the headline, where it came from and whether the page's text and declared titles agree on it
     */
    static Headline find(Document document, PageText page) {
        List<String> declared = declaredTitles(document, page);
        List<String> whole = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        int longestCut = 0;
        for (String title : declared) {
            String compact = compact(withoutSiteSuffix(title));
            whole.add(compact(title));
            cut.add(compact);
            longestCut = Math.max(longestCut, compact.length());
        }
        Headline heading = null;
        Headline plain = null;
        int headings = 0;
        List<TextLine> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            if (line.heading() && headings++ < MAX_HEADINGS && text.length() <= MAX_TITLE
                    && (heading == null || text.length() > heading.title().length())
                    && agrees(compact(text), whole, cut)) {
                heading = new Headline(text, i, true);
            } else if (!line.heading() && plain == null && !line.isLinkLine() && text.length() <= longestCut + SLACK
                    && repeats(text, cut)) {
                plain = new Headline(text, i, true);
            }
        }
        if (heading != null || plain != null) {
            return heading != null ? heading : plain;
        }
        String declaredTitle = declared.isEmpty() ? "" : withoutSiteSuffix(declared.get(0));
        if (declaredTitle.length() >= MIN_HEADLINE) {
            return new Headline(declaredTitle, -1, false);
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.heading() && !line.isLinkLine() && line.chars() >= MIN_HEADLINE
                    && "h1".equals(line.owner().normalName())) {
                return new Headline(line.text(), i, false);
            }
        }
        return declaredTitle.isEmpty() ? NONE : new Headline(declaredTitle, -1, false);
    }

    /**
     * For a page that declares no title: the last heading before the body's first paragraph (within a few dozen
     * lines), else the page's first heading, else none.
     *
     * @param page       the page's lines
     * @param firstProse the line of the body's first paragraph, or -1
     */
    static Headline nearestHeading(PageText page, int firstProse) {
        List<TextLine> lines = page.lines();
        for (int i = firstProse - 1; i >= 0 && i >= firstProse - NEAR_BODY_LINES; i--) {
            if (lines.get(i).heading() && !lines.get(i).isLinkLine()) {
                return new Headline(lines.get(i).text(), i, false);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).heading()) {
                return new Headline(lines.get(i).text(), i, false);
            }
        }
        return NONE;
    }

    /** The {@code og:title} and the {@code <title>}, those that are present. */
    private static List<String> declaredTitles(Document document, PageText page) {
        List<String> declared = new ArrayList<>();
        for (Element meta : page.declarations()) {
            if ("meta".equals(meta.normalName()) && "og:title".equals(meta.attr("property") + meta.attr("name"))
                    && !meta.attr("content").isBlank()) {
                declared.add(meta.attr("content").strip());
                break;
            }
        }
        if (!document.title().isBlank()) {
            declared.add(document.title().strip());
        }
        return declared;
    }

    /**
     * Whether a heading agrees with a declared title: the title holds the heading, which is at least half of the
     * title once its suffix is cut; or the heading holds the cut title, which is at least half of the heading (a
     * heading with a subtitle). All without whitespace: the declared titles {@code whole} and {@code cut}.
     */
    private static boolean agrees(String heading, List<String> whole, List<String> cut) {
        if (heading.isEmpty()) {
            return false;
        }
        for (int i = 0; i < whole.size(); i++) {
            String title = cut.get(i);
            if (whole.get(i).contains(heading) && heading.length() * 2 >= title.length()
                    || title.length() >= MIN_CUT_TITLE && heading.contains(title)
                    && title.length() * 2 >= heading.length()) {
                return true;
            }
        }
        return false;
    }

    /** Cuts trailing site-name segments: each at most 24 characters and no longer than what stays in front. */
    static String withoutSiteSuffix(String title) {
        String current = title.strip();
        while (true) {
            Matcher m = SUFFIX_SEPARATOR.matcher(current);
            int start = -1;
            int end = -1;
            while (m.find()) {
                start = m.start();
                end = m.end();
            }
            if (start <= 0) {
                return current;
            }
            String head = current.substring(0, start);
            String tail = current.substring(end);
            if (tail.length() > MAX_SUFFIX || tail.length() > head.length()) {
                return current;
            }
            current = head.strip();
        }
    }

    /** Whether the text, without its whitespace, is one of the titles: compared in place, as most lines are not. */
    private static boolean repeats(String text, List<String> titles) {
        for (String title : titles) {
            int matched = 0;
            for (int i = 0; i < text.length() && matched >= 0; i++) {
                char c = text.charAt(i);
                if (!PageText.isSpace(c)) {
                    matched = matched < title.length() && title.charAt(matched) == c ? matched + 1 : -1;
                }
            }
            if (matched == title.length()) {
                return true;
            }
        }
        return false;
    }

    /** The text without whitespace. */
    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!PageText.isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The chosen headline.
     *
     * @param title     the headline text
     * @param line      the index of the heading line it came from, or -1
     * @param confirmed whether a heading on the page and a declared title agree on it, as on article pages
     */
    record Headline(String title, int line, boolean confirmed) {
    }
}
