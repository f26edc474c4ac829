package chanye.crawler.extract;

import java.util.List;

/**
 * Finds the element that holds the article: the one whose lines, weighed as prose (gain) against links, boilerplate
 * and short unpunctuated text (cost), add up to the most.
 *
 * <p>This is a maximum-subtree search over one prefix sum: an element's score is the sum of its lines' values, so
 * the winner takes in every paragraph of the article while stopping where sidebars, hot lists and navigation would
 * cost more than the text they bring. Among equal scores the innermost element wins.
 */
final class BodyLocator {

    private static final double LINK_COST = 0.5;
    private static final double NOISE_COST = 0.5;
    private static final double SHORT_TEXT_COST = 0.2;
    private static final int MIN_HEADLINE = 8;
    private static final int BYLINE_LINES = 4;
    private static final int MAX_BYLINE = 40;

    private BodyLocator() {
    }

    /**
     * The article's container, or {@code null} when no element holds any prose.
     *
     * <p>With a headline on the page, the article is also taken to end where another article begins (an {@code h1}
     * with a dated byline under it), and not to start past a noise heading such as 相关新闻: a container reaching
     * past the other article, or found wholly past the noise heading, is replaced by the best container between
     * the headline and that boundary. Noise headings inside the container are left to the assembler.
     *
     * @param page     the page's lines and blocks
     * @param headline the line of the headline, or -1
     * @param markers  the noise headings that bound an article
     */
    static Block locate(PageText page, int headline, NoiseMarkers markers) {
        int size = page.lines().size();
        Block best = locate(page, true, 0, size);
        if (best == null) {
            return locate(page, false, 0, size);
        }
        if (headline < 0) {
            return best;
        }
        int otherArticle = nextArticleHeadline(page.lines(), headline);
        int noiseHeading = nextNoiseHeading(page.lines(), headline, markers);
        int boundary = otherArticle >= 0 && best.end() > otherArticle ? otherArticle
                : noiseHeading >= 0 && best.start() >= noiseHeading ? noiseHeading : -1;
        if (boundary >= 0 && page.proseChars(headline, boundary) > 0) {
            Block bounded = locate(page, true, headline, boundary);
            return bounded != null ? bounded : best;
        }
        return best;
    }

    /** The first line after the headline that is another article's: an {@code h1} with a date just under it. */
    private static int nextArticleHeadline(List<TextLine> lines, int headline) {
        String title = lines.get(headline).text();
        for (int i = headline + 1; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.heading() && line.chars() >= MIN_HEADLINE && "h1".equals(line.owner().normalName())
                    && !line.text().equals(title) && datedBelow(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean datedBelow(List<TextLine> lines, int heading) {
        for (int i = heading + 1; i < lines.size() && i <= heading + BYLINE_LINES; i++) {
            if (lines.get(i).chars() <= MAX_BYLINE && DateTimes.find(lines.get(i).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first noise heading after the headline, or -1. */
    private static int nextNoiseHeading(List<TextLine> lines, int headline, NoiseMarkers markers) {
        for (int i = headline + 1; i < lines.size(); i++) {
            if (!lines.get(i).isProse() && markers.isSectionHeading(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The best container for lines {@code from} to {@code to}; lines outside count as boilerplate. With
     * {@code penalizeNoise} off, class names are ignored: for pages whose whole layout carries such a name.
     */
    private static Block locate(PageText page, boolean penalizeNoise, int from, int to) {
        List<TextLine> lines = page.lines();
        double[] prefix = new double[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            double value = i >= from && i < to ? value(line, penalizeNoise) : -NOISE_COST * line.chars();
            prefix[i + 1] = prefix[i] + value;
        }
        Block best = null;
        double bestScore = 0;
        for (Block block : page.blocks()) {
            double score = prefix[block.end()] - prefix[block.start()];
            if (score > bestScore) {
                best = block;
                bestScore = score;
            }
        }
        return best;
    }

    private static double value(TextLine line, boolean penalizeNoise) {
        if (penalizeNoise && line.noiseDepth() >= 0) {
            return -NOISE_COST * line.chars();
        }
        if (line.isLinkLine()) {
            return -LINK_COST * line.chars();
        }
        if (line.isProse()) {
            return line.chars() - line.linkChars();
        }
        return -SHORT_TEXT_COST * line.chars();
    }
}
