package chanye.classifier;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.Objects;

/**
 * Tags texts with the industrial clusters they are about, with scores and evidence, plus keywords and regions.
 * Thread-safe once built.
 */
public final class ArticleClassifier {

    private final Taxonomy taxonomy;

    private ArticleClassifier(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** A classifier for the taxonomy, using its terms as the segmenter's domain dictionary. */
    public static ArticleClassifier create(Taxonomy taxonomy) {
        return new ArticleClassifier(taxonomy);
    }

    /** The taxonomy this classifier tags with. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The segmenter this classifier uses; the index analyzes with the same one. */
    public Segmenter segmenter() {
        throw new UnsupportedOperationException("the classifier lands with issue 5");
    }

    /**
     * Classifies one text.
     *
     * @param title the headline, weighted more than the body; may be empty
     * @param text  the body
     */
    public Classification classify(String title, String text) {
        throw new UnsupportedOperationException("the classifier lands with issue 5");
    }
}
