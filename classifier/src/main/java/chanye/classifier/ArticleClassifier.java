package chanye.classifier;

import chanye.classifier.keyword.KeywordExtractor;
import chanye.classifier.region.RegionGazetteer;
import chanye.classifier.score.ClusterScorer;
import chanye.classifier.score.Scoring;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.TextNormalizer;
import chanye.classifier.segment.Token;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.train.ModelException;
import chanye.classifier.train.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tags texts with the industrial clusters they are about, with scores and evidence, plus keywords and regions.
 *
 * <p>The taxonomy's terms, its trap words and the Xinjiang place names form the segmenter's domain dictionary, so
 * each comes out as one word; clusters are then scored on words, never on substrings (see {@link ClusterScorer}).
 * A trained model, when given, adds to the score of clusters that already have strong evidence. Built once (a few
 * tenths of a second, mostly HanLP's dictionaries), then thread-safe: a call builds nothing shared.
 */
public final class ArticleClassifier {

    /** How many keywords a classification carries. */
    public static final int KEYWORDS = 5;
    /** The lead is the first paragraph of the body, but no longer than this. */
    static final int MAX_LEAD = 200;
    /**
     * Only this many characters of a title or body are read: far more than any news article, so that a page the
     * extractor got wrong (a 5 MB dump) costs a tenth of a second and not a stall of the batch.
     */
    public static final int MAX_CHARS = 100_000;

    private final Taxonomy taxonomy;
    private final Segmenter segmenter;
    private final ClusterScorer scorer;
    private final KeywordExtractor keywords;
    private final RegionGazetteer regions;
    private final TrainedModel model;

    private ArticleClassifier(Taxonomy taxonomy, TrainedModel model) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.regions = RegionGazetteer.loadDefault();
        this.segmenter = segmenterFor(taxonomy, regions);
        this.scorer = new ClusterScorer(taxonomy);
        Set<String> terms = new LinkedHashSet<>();
        taxonomy.clusters().forEach(c -> {
            c.strongTerms().forEach(t -> terms.add(TextNormalizer.normalize(t)));
            c.weakTerms().forEach(t -> terms.add(TextNormalizer.normalize(t)));
        });
        this.keywords = new KeywordExtractor(terms);
        this.model = model;
    }

    /**
     * The segmenter a classifier of this taxonomy uses, alone: what a search of an index written with that
     * classifier needs, without the scorer, the keyword extractor or a trained model.
     */
    public static Segmenter segmenterFor(Taxonomy taxonomy) {
        return segmenterFor(Objects.requireNonNull(taxonomy, "taxonomy"), RegionGazetteer.loadDefault());
    }

    private static Segmenter segmenterFor(Taxonomy taxonomy, RegionGazetteer regions) {
        return new Segmenter(vocabulary(taxonomy, regions));
    }

    /**
     * The domain dictionary of this taxonomy's segmenter: its terms and traps, the region names, and the context
     * words HanLP's core dictionary does not know. An index elsewhere (a Solr collection) that analyzes with these
     * words segments as {@link #segmenterFor} does.
     */
    public static Set<String> vocabularyFor(Taxonomy taxonomy) {
        return vocabulary(Objects.requireNonNull(taxonomy, "taxonomy"), RegionGazetteer.loadDefault());
    }

    private static Set<String> vocabulary(Taxonomy taxonomy, RegionGazetteer regions) {
        Set<String> vocabulary = new LinkedHashSet<>(taxonomy.vocabulary());
        vocabulary.addAll(regions.names());
        vocabulary.addAll(Segmenter.unknownToCore(taxonomy.contextWords()));
        return vocabulary;
    }

    /** A classifier for the taxonomy, using its terms as the segmenter's domain dictionary. */
    public static ArticleClassifier create(Taxonomy taxonomy) {
        return new ArticleClassifier(taxonomy, null);
    }

    /**
     * A classifier for the taxonomy that also uses the trained model in {@code modelFile} when that file exists
     * (see {@link chanye.classifier.train.NaiveBayesTrainer}); without the file it is the lexicon alone.
     *
     * @throws ModelException naming the file when it exists but is not a model
     */
    public static ArticleClassifier create(Taxonomy taxonomy, Path modelFile) throws ModelException {
        Objects.requireNonNull(modelFile, "modelFile");
        TrainedModel model = Files.exists(modelFile) ? TrainedModel.load(modelFile) : null;
        return new ArticleClassifier(taxonomy, model);
    }

    /** The taxonomy this classifier tags with. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The segmenter this classifier uses; the index analyzes with the same one. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** The trained model combined with the lexicon, if one was loaded. */
    public Optional<TrainedModel> model() {
        return Optional.ofNullable(model);
    }

    /**
     * Classifies one text. Never throws on content: empty, binary or huge input gives an empty or partial result;
     * past {@link #MAX_CHARS} characters the text is not read.
     *
     * @param title the headline, weighted more than the body; may be empty or null
     * @param text  the body; may be empty or null
     */
    public Classification classify(String title, String text) {
        return analyze(title, text).classification();
    }

    /**
     * Classifies one text and keeps how: its words, the kind of text, every term occurrence with what it counted
     * for, and each cluster's verdict with its reason; what {@code chanye analyze} prints.
     *
     * @param title the headline; may be empty or null
     * @param text  the body; may be empty or null
     */
    public Analysis analyze(String title, String text) {
        String head = head(title);
        String body = head(text);
        List<Token> titleWords = segmenter.words(head);
        List<Token> bodyWords = segmenter.words(body);
        List<Token> allWords = new ArrayList<>(titleWords.size() + bodyWords.size());
        allWords.addAll(titleWords);
        allWords.addAll(bodyWords);
        Map<String, Double> probabilities = model == null ? Map.of() : model.probabilities(allWords);
        Scoring scoring = scorer.score(head, titleWords, body, bodyWords, leadEnd(body), probabilities);
        Classification classification = new Classification(scoring.tags(),
                keywords.keywords(titleWords, bodyWords, KEYWORDS), regions.places(allWords));
        return new Analysis(head, body, titleWords, bodyWords, scoring, classification);
    }

    private static String head(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The offset where the first non-empty paragraph ends, at most {@link #MAX_LEAD} characters in. */
    static int leadEnd(String body) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int newline = body.indexOf('\n', start);
        int end = newline < 0 ? body.length() : newline;
        return Math.min(end, start + MAX_LEAD);
    }
}
