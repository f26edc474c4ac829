package chanye.classifier.score;

import chanye.classifier.ClusterTag;
import chanye.classifier.segment.Token;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a segmented text against a taxonomy's clusters and decides which clusters it is about.
 *
 * <p>Each word of the text that is a cluster term adds to the cluster's score: a strong term {@value #STRONG}, a
 * weak one {@value #WEAK}, times {@value #TITLE} in the title and {@value #LEAD} in the lead paragraph; a term
 * counts at most {@value #MAX_REPEATS} times. Weak terms add at most as much as the strong ones, so they never
 * tag a text on their own. A cluster is assigned when
 * <ul>
 *   <li>its score reaches the cluster's threshold,</li>
 *   <li>its strong terms occur at least twice (a mention in the title counts twice), and at least once every
 *       {@value #WORDS_PER_HIT} words of the body, so a passing mention in a long article about something else
 *       does not tag it,</li>
 *   <li>its strong terms stand in the title or the lead, or in at least two sentences, so a remark in one
 *       sentence further down (a wedding where grapes were served) does not tag it,</li>
 *   <li>and its score is at least {@value #RELATIVE} of the best cluster's, so a side remark in an article about
 *       another cluster does not tag it.</li>
 * </ul>
 * A term followed directly by a word for a security (煤炭股, 光伏板块, 原油期货) counts for nothing: market news
 * is not about the industry.
 * A trained model, when given, adds up to {@value #MODEL_BONUS} to a cluster that already has strong evidence.
 * Immutable and thread-safe.
 */
public final class ClusterScorer {

    static final double STRONG = 3.0;
    static final double WEAK = 1.0;
    static final double TITLE = 2.5;
    static final double LEAD = 1.5;
    static final int MAX_REPEATS = 4;
    static final int WORDS_PER_HIT = 120;
    static final double RELATIVE = 0.3;
    static final double MODEL_BONUS = 3.0;
    private static final int MAX_EVIDENCE = 8;
    /** Words that end a sentence, after normalisation; a break between words (a new line) does too. */
    private static final Set<String> SENTENCE_ENDS = Set.of("。", "!", "?", ";", "…", "！", "？", "；");
    /** Words that, right after a term, make it a security rather than the industry (煤炭股, 原油期货). */
    private static final Set<String> SECURITIES = Set.of("股", "个股", "股价", "股票", "板块", "概念", "概念股", "指数",
            "期货", "基金", "etf", "龙头股");

    private final List<Cluster> clusters;
    private final TermTable terms;

    /** A scorer for the taxonomy's clusters, with its terms indexed once. */
    public ClusterScorer(Taxonomy taxonomy) {
        this.clusters = Objects.requireNonNull(taxonomy, "taxonomy").clusters();
        this.terms = new TermTable(taxonomy);
    }

    /**
     * The clusters the text is about, highest score first.
     *
     * @param title   the title's words
     * @param body    the body's words
     * @param leadEnd the offset in the body where the lead paragraph ends
     * @param model   the trained model's probability per cluster id; empty without a model
     */
    public List<ClusterTag> score(List<Token> title, List<Token> body, int leadEnd, Map<String, Double> model) {
        Evidence[] evidence = new Evidence[clusters.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = new Evidence();
        }
        collect(title, Integer.MAX_VALUE, TITLE, 2, evidence);
        collect(body, leadEnd, LEAD, 1, evidence);
        long words = body.stream().filter(word -> !word.isPunctuation()).count();
        long minimumHits = Math.max(2, (words + WORDS_PER_HIT - 1) / WORDS_PER_HIT);
        double best = 0;
        double[] scores = new double[evidence.length];
        for (int i = 0; i < evidence.length; i++) {
            Evidence e = evidence[i];
            double bonus = e.strongHits > 0 ? MODEL_BONUS * model.getOrDefault(clusters.get(i).id(), 0.0) : 0;
            scores[i] = e.strong + Math.min(e.weak, e.strong) + bonus;
            best = Math.max(best, scores[i]);
        }
        List<ClusterTag> tags = new ArrayList<>();
        for (int i = 0; i < evidence.length; i++) {
            Cluster cluster = clusters.get(i);
            Evidence e = evidence[i];
            boolean about = e.prominent || e.sentences >= 2;
            if (about && e.strongHits >= minimumHits && scores[i] >= cluster.threshold()
                    && scores[i] >= RELATIVE * best) {
                tags.add(new ClusterTag(cluster.id(), cluster.name(), Math.round(scores[i] * 100) / 100.0,
                        e.terms(MAX_EVIDENCE)));
            }
        }
        tags.sort(Comparator.comparingDouble(ClusterTag::score).reversed());
        return tags;
    }

    /** Whether the word names a stock or market rather than the industry: 煤炭股, 光伏板块, 原油期货. */
    private static boolean isSecurity(List<Token> words, int index) {
        if (index + 1 >= words.size()) {
            return false;
        }
        Token next = words.get(index + 1);
        return next.start() == words.get(index).end() && SECURITIES.contains(next.text());
    }

    /**
     * Adds the words' evidence; a word before {@code boostEnd} weighs {@code boost} times as much and its strong
     * terms count as {@code boostedHits} hits.
     */
    private void collect(List<Token> words, int boostEnd, double boost, int boostedHits, Evidence[] evidence) {
        int sentence = 0;
        int previousEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            if (previousEnd >= 0 && word.start() > previousEnd) {
                sentence++;
            }
            previousEnd = word.end();
            if (SENTENCE_ENDS.contains(word.text())) {
                sentence++;
                continue;
            }
            List<TermTable.Entry> entries = terms.lookup(word.text());
            if (entries.isEmpty() || isSecurity(words, i)) {
                continue;
            }
            boolean boosted = word.start() < boostEnd;
            double position = boosted ? boost : 1.0;
            int hits = boosted ? boostedHits : 1;
            for (TermTable.Entry entry : entries) {
                evidence[entry.cluster()].add(word.text(), entry.strong(), boosted, position, hits, sentence);
            }
        }
    }
}
