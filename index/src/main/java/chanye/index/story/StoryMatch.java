package chanye.index.story;

/**
 * Decides from two signatures whether two articles tell one story: one is the other republished, maybe with a new
 * title, an editor's note, another source line or some paragraphs cut.
 *
 * <p>A copy holds most of the runs of words of the shorter text ({@link StorySignature#containment}), and the two
 * share a good part of all their runs ({@link StorySignature#jaccard}), so that a brief quoted inside a long
 * round-up does not make the round-up a copy of it. Where both texts give figures in digits, a copy also keeps the
 * figures of what it keeps; two reports written to one template share their words but not their figures. Texts of
 * very few runs of words (a caption, a one-line flash) are too short to tell and stay stories of their own.
 */
public final class StoryMatch {

    /** Runs of words a text needs before it is compared at all. */
    public static final int MIN_SHINGLES = 12;
    /** The share of the shorter text's runs the other must hold. */
    public static final double MIN_CONTAINMENT = 0.6;
    /** The share of all runs the two must share. */
    public static final double MIN_JACCARD = 0.2;
    /** The share of compared figures the two must share, when at least {@link #MIN_FIGURES} could be compared. */
    public static final double MIN_FIGURE_SHARE = 0.6;
    /** Figures needed on both sides before they count. */
    public static final int MIN_FIGURES = 3;

    private StoryMatch() {
    }

    /** Whether the two articles are copies of one story. */
    public static boolean sameStory(StorySignature a, StorySignature b) {
        return score(a, b) > 0;
    }

    /**
     * How strongly the two match: their estimated containment when they are copies of one story, else 0; the
     * candidate with the highest score is the one a new article joins.
     */
    public static double score(StorySignature a, StorySignature b) {
        if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES) {
            return 0;
        }
        double containment = a.containment(b);
        if (containment < MIN_CONTAINMENT || a.jaccard(b) < MIN_JACCARD) {
            return 0;
        }
        StorySignature.NumberOverlap figures = a.numberOverlap(b);
        if (figures.compared() >= MIN_FIGURES && figures.share() < MIN_FIGURE_SHARE) {
            return 0;
        }
        return containment;
    }
}
