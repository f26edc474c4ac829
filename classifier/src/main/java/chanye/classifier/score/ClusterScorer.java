package chanye.classifier.score;

import chanye.classifier.ClusterTag;
import chanye.classifier.segment.Token;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a segmented text against a taxonomy's clusters and decides which clusters it is about.
 *
 * <h2>The model of a text</h2>
 * A text is a title and a body. The body is paragraphs (split at line breaks); the first paragraph, up to 200
 * characters, is the lead. Paragraphs are sentences, ending at 。！？； or the paragraph's end; the title is one
 * sentence. A sentence may start a list item (一是, 二、, (三), 4., ⑤, or a short heading before a colon such as
 * 林果业：). A sentence is a <em>sentence of content</em> when it holds one of the taxonomy's content words (产量,
 * 项目, 收购, 万吨 ...; a term that holds one, 小麦产量, counts too) and none of its unrelated words (游客, 演出, 学生,
 * 菜谱 ...): it speaks of production, trade or projects, not of a song, a festival, a classroom or a meal. A
 * <em>clause</em> of a cluster is a sentence of content with a decisive term of the cluster and another of its terms.
 * Three kinds of text follow:
 * <ul>
 *   <li>a <b>brief</b> has at most two full sentences in its body (one ending in ； is not full): one decisive term in
 *       a sentence of content names its industry; a second cluster needs a clause of its own, two different decisive
 *       terms, or the full threshold;</li>
 *   <li>an <b>enumeration</b> (a work report, plan or notice) has at least three list items, or three clusters with
 *       a clause: every cluster with a clause of its own (or standing in the title or lead, or in two sentences, or
 *       named by {@value #VARIED} different decisive terms) is tagged, however little the others leave it;</li>
 *   <li>an <b>article</b> is any other text: its cluster must run through it.</li>
 * </ul>
 *
 * <h2>Scoring</h2>
 * Each occurrence of a cluster term adds to the cluster's score: a strong term {@value #STRONG}, a weak one
 * {@value #WEAK}, times {@value #TITLE} in the title and {@value #LEAD} in the lead; a term counts at most
 * {@value #MAX_REPEATS} times. Weak terms add at most as much as the strong ones, so they never tag a text on their
 * own. An occurrence does not count inside 《》 (a song, a book, a film), nor right before a word for a security
 * (煤炭股, 原油期货), nor where the cluster's sense rule says so (风光 without 发电 or 装机 in its sentence, 苹果
 * beside 手机). It counts but does not decide in quotation marks (often a figure of speech: 班里的"开心果"), and it
 * counts as a weak term right before a word that makes it a name (某天然气公司, 红枣牌, 葡萄节) or as one of three or
 * more industries listed in a row (油气、煤炭、新能源等产业). Every other occurrence of a strong term is
 * <em>decisive</em>.
 *
 * <h2>Decision</h2>
 * A cluster is assigned when
 * <ul>
 *   <li>it has a decisive term in a sentence of content (in an enumeration, {@value #VARIED} different decisive
 *       terms will also do);</li>
 *   <li>its score reaches its threshold (default 6, two strong terms in the body); in a brief or an enumeration,
 *       half of it;</li>
 *   <li>the rule of its kind of text holds, as above; in an article: a decisive term stands in the title or lead,
 *       or in two sentences, or two different decisive terms share a sentence of content; decisive terms recur at
 *       least once every {@value #WORDS_PER_HIT} words; and the score is at least {@value #RELATIVE} of the best
 *       cluster's, unless the cluster has two sentences of content of its own.</li>
 * </ul>
 * A trained model, when given, adds up to {@value #MODEL_BONUS} to a cluster that already has a decisive term. Every
 * occurrence and every verdict is kept with its reason ({@link Scoring}), which {@code chanye analyze} prints.
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
    /** How many different decisive terms show a cluster's substance in an enumeration without a content word. */
    static final int VARIED = 3;
    private static final int MAX_EVIDENCE = 8;

    private final List<Cluster> clusters;
    private final List<String> ids;
    private final TermTable terms;

    /** A scorer for the taxonomy's clusters, with its terms indexed once. */
    public ClusterScorer(Taxonomy taxonomy) {
        this.clusters = Objects.requireNonNull(taxonomy, "taxonomy").clusters();
        this.ids = clusters.stream().map(Cluster::id).toList();
        this.terms = new TermTable(taxonomy);
    }

    /**
     * Scores a text and explains it.
     *
     * @param title      the title as given (its words' offsets point into it)
     * @param titleWords the title's words
     * @param body       the body as given
     * @param bodyWords  the body's words
     * @param leadEnd    the offset in the body where the lead paragraph ends
     * @param model      the trained model's probability per cluster id; empty without a model
     */
    public Scoring score(String title, List<Token> titleWords, String body, List<Token> bodyWords, int leadEnd,
                         Map<String, Double> model) {
        TextScan scan = new TextScan(terms, ids);
        scan.title(title, titleWords);
        scan.body(body, bodyWords, leadEnd);
        Evidence[] evidence = scan.evidence();
        double[] scores = new double[evidence.length];
        int top = 0;
        int withClauses = 0;
        for (int i = 0; i < evidence.length; i++) {
            Evidence e = evidence[i];
            double bonus = e.decisiveHits > 0 ? MODEL_BONUS * model.getOrDefault(ids.get(i), 0.0) : 0;
            scores[i] = e.strong + Math.min(e.weak, e.strong) + bonus;
            top = scores[i] > scores[top] ? i : top;
            withClauses += e.clauses > 0 ? 1 : 0;
        }
        TextKind kind = scan.fullSentences <= 2 ? TextKind.BRIEF
                : scan.listItems >= 3 || withClauses >= 3 ? TextKind.ENUMERATION : TextKind.ARTICLE;
        Decision decision = new Decision(kind, Math.max(2, (scan.words + WORDS_PER_HIT - 1) / WORDS_PER_HIT),
                scores[top], ids.get(top));
        List<ClusterVerdict> verdicts = new ArrayList<>();
        List<ClusterTag> tags = new ArrayList<>();
        for (int i = 0; i < evidence.length; i++) {
            Cluster cluster = clusters.get(i);
            Evidence e = evidence[i];
            double score = Math.round(scores[i] * 100) / 100.0;
            double threshold = kind == TextKind.ARTICLE ? cluster.threshold() : cluster.threshold() / 2;
            String reason = decision.reason(e, score, threshold, i == top);
            boolean assigned = reason == null;
            List<String> evidenceTerms = e.terms(MAX_EVIDENCE);
            verdicts.add(new ClusterVerdict(cluster.id(), cluster.name(), score, threshold, assigned,
                    assigned ? decision.assigned(e, i == top) : reason, evidenceTerms, e.decisiveHits, e.sentences,
                    e.contentSentences));
            if (assigned) {
                tags.add(new ClusterTag(cluster.id(), cluster.name(), score, evidenceTerms));
            }
        }
        tags.sort(Comparator.comparingDouble(ClusterTag::score).reversed());
        return new Scoring(kind, scan.words, scan.sentences(), scan.hits(), verdicts, tags);
    }

    /**
     * The rules of the decision for one text.
     *
     * @param kind        the kind of text
     * @param minimumHits how many decisive hits an article's length asks of its clusters
     * @param best        the best cluster's score
     * @param bestId      the best cluster's id
     */
    private record Decision(TextKind kind, int minimumHits, double best, String bestId) {

        /** Why the cluster is not assigned, or null when it is. */
        String reason(Evidence e, double score, double threshold, boolean isBest) {
            if (e.strong + e.weak == 0 && e.decisiveHits == 0) {
                return "no term counted";
            }
            if (e.decisiveHits == 0) {
                return "no decisive term: only weak terms, or strong terms in quotes, names or 《》";
            }
            if (e.contentSentences == 0 && !(kind == TextKind.ENUMERATION && e.distinctDecisive() >= VARIED)) {
                return "no sentence of content: its terms never stand with a word of production, trade or projects";
            }
            if (score < threshold) {
                return String.format(Locale.ROOT, "score %.2f is below the threshold %.2f", score, threshold);
            }
            return switch (kind) {
                case BRIEF -> isBest || e.clauses > 0 || e.distinctDecisive() >= 2 || score >= 2 * threshold ? null
                        : "a second cluster in a brief needs a clause of its own (a sentence of content with two of"
                        + " its terms), two different decisive terms, or the full threshold";
                case ENUMERATION -> e.clauses > 0 || e.prominent || e.sentences >= 2 || e.distinctDecisive() >= VARIED
                        ? null
                        : "no clause of its own: no sentence of content with two of its terms";
                case ARTICLE -> articleReason(e, score);
            };
        }

        private String articleReason(Evidence e, double score) {
            if (!e.prominent && e.sentences < 2 && !e.richContent) {
                return "a passing mention: one sentence, not in the title or lead";
            }
            if (e.decisiveHits < minimumHits) {
                return "a passing mention: " + e.decisiveHits + " decisive terms where the article's length asks for "
                        + minimumHits;
            }
            if (score < RELATIVE * best && e.contentSentences < 2) {
                return String.format(Locale.ROOT, "a side remark: score %.2f is below %.1f of %s's %.2f", score,
                        RELATIVE, bestId, best);
            }
            return null;
        }

        /** Why an assigned cluster is assigned. */
        String assigned(Evidence e, boolean isBest) {
            return switch (kind) {
                case BRIEF -> isBest ? "a brief with a decisive term in a sentence of content"
                        : "a second cluster in a brief, with a sentence of content of its own";
                case ENUMERATION -> "an enumeration that gives it " + e.clauses
                        + (e.clauses == 1 ? " clause" : " clauses") + " of content";
                case ARTICLE -> e.prominent ? "runs through the article from its title or lead"
                        : "runs through the article over " + e.sentences + " sentences";
            };
        }
    }
}
