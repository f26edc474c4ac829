package chanye.classifier.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.classifier.ClusterTag;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterScorerTest {

    private static final Taxonomy TAXONOMY = new Taxonomy("test", List.of(
            new Cluster("tea", "茶叶", List.of("茶叶", "茶园", "采茶"), List.of("种植", "采摘")),
            new Cluster("silk", "丝绸", List.of("丝绸", "蚕茧", "缫丝"), List.of("面料"), 9.0)),
            List.of("茶叶蛋"));
    private static final Segmenter SEGMENTER = new Segmenter(TAXONOMY.vocabulary());
    private static final ClusterScorer SCORER = new ClusterScorer(TAXONOMY);

    /** The tags as {@code id=score}; the lead of the body ends at a '/', or else at its end. */
    private static String tags(String title, String body, Map<String, Double> model) {
        int leadEnd = body.contains("/") ? body.indexOf('/') : body.length();
        List<ClusterTag> tags = SCORER.score(SEGMENTER.words(title), SEGMENTER.words(body), leadEnd, model);
        return String.join(" ", tags.stream().map(t -> t.id() + "=" + t.score()).toList());
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
        // two strong terms in the lead: 2 x 3 x 1.5
        "''       | 茶园里忙采茶                          | tea=9.0",
        // one strong term is not enough, however often weak terms back it
        "''       | 茶园种植采摘种植采摘                  | ''",
        // weak terms alone never assign
        "''       | 种植采摘种植采摘种植采摘              | ''",
        // a strong term in the title counts twice: 3 x 2.5
        "茶叶丰收 | 今年雨水好                            | tea=7.5",
        // a trap word is one word and counts for nothing
        "''       | 茶叶蛋和茶叶蛋                        | ''",
        // silk's own threshold of 9 is not reached by two strong terms in the body past the lead
        "''       | 今天/丝绸和蚕茧                       | ''",
        "''       | 今天/丝绸和蚕茧。缫丝                 | silk=9.0",
        // the same terms in one sentence past the lead are a remark, not the subject
        "''       | 今天/丝绸和蚕茧和缫丝                 | ''",
        // a term right before a word for a security names a stock, not the industry
        "茶叶股走强 | 茶叶股和茶园板块上涨，采茶概念活跃    | ''",
        // a cluster far below the best one is a side remark: silk's 9 is under 0.3 x 37.5
        "茶叶茶园 | 茶园采茶，茶叶，茶园采茶。丝绸，蚕茧  | tea=37.5",
        // a term counts at most four times
        "''       | 茶园茶园茶园茶园茶园茶园              | tea=18.0",
    })
    void appliesTheScoringRules(String title, String body, String expected) {
        assertEquals(expected, tags(title, body, Map.of()));
    }

    @ParameterizedTest(name = "{0} with p={1}")
    @CsvSource(delimiter = '|', value = {
        "茶园里忙采茶       | 1.0 | tea=12.0",
        "茶园种植           | 1.0 | ''",
        "今天天气好         | 1.0 | ''",
    })
    void modelAddsOnlyToClustersWithStrongEvidence(String body, double probability, String expected) {
        assertEquals(expected, tags("", body, Map.of("tea", probability)));
    }
}
