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

    private BodyLocator() {
    }

    /**
     * The article's container, or {@code null} when no element holds any prose.
     *
     * @param page the page's lines and blocks
     */
    static Block locate(PageText page) {
        Block best = locate(page, true);
        return best != null ? best : locate(page, false);
    }

    /** With {@code penalizeNoise} off, class names are ignored: for pages whose whole layout carries such a name. */
    private static Block locate(PageText page, boolean penalizeNoise) {
        List<TextLine> lines = page.lines();
        double[] prefix = new double[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            prefix[i + 1] = prefix[i] + value(lines.get(i), penalizeNoise);
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
