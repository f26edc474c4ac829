package chanye.classifier.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.SenseRule;
import chanye.classifier.taxonomy.Taxonomy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterScorerTest {

    private static final Taxonomy TAXONOMY = new Taxonomy("test", List.of(
            new Cluster("tea", "茶叶", List.of("茶叶", "茶园", "采茶", "龙井"), List.of("种植", "采摘"), 6.0, List.of(),
                    List.of(new SenseRule(List.of("龙井"), List.of("茶园", "茶叶", "采茶"), List.of())), List.of()),
            new Cluster("silk", "丝绸", List.of("丝绸", "蚕茧", "缫丝"), List.of("面料"), 9.0, List.of(),
                    List.of(new SenseRule(List.of("丝绸"), List.of(), List.of("文物"))), List.of()),
            new Cluster("salt", "盐业", List.of("盐湖", "海盐"), List.of(), 6.0)),
            List.of("茶叶蛋"), List.of("产量", "收购", "加工", "万吨"), List.of("游客"));
    private static final Segmenter SEGMENTER = new Segmenter(Stream.concat(TAXONOMY.vocabulary().stream(),
            Segmenter.unknownToCore(TAXONOMY.contextWords()).stream()).toList());
    private static final ClusterScorer SCORER = new ClusterScorer(TAXONOMY);

    private static Scoring score(String title, String body, Map<String, Double> model) {
        int newline = body.indexOf('\n');
        int leadEnd = newline < 0 ? body.length() : newline;
        return SCORER.score(title, SEGMENTER.words(title), body, SEGMENTER.words(body), leadEnd, model);
    }

    /** The tags as {@code id=score}; the lead of the body is its first line. */
    private static String tags(String title, String body) {
        return String.join(" ", score(title, body, Map.of()).tags().stream().map(t -> t.id() + "=" + t.score())
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a brief needs one decisive term in a sentence of content   | ''       | 茶园的产量增加。                                     | tea=4.5
        a brief without a sentence of content is not tagged        | ''       | 茶园里很安静。                                       | ''
        weak terms never decide                                    | ''       | 种植和采摘的产量增加。                               | ''
        a title term with content in the title                     | 茶叶收购 | 天气很好。                                           | tea=7.5
        a trap is one word and counts for nothing                  | ''       | 茶叶蛋的产量增加。                                   | ''
        a term before a word for a security is no industry         | 茶叶股   | 茶叶股和茶园板块上涨，产量概念活跃。                 | ''
        a term before a name suffix counts as a weak term          | ''       | 某茶叶公司收购了一家酒店。                           | ''
        a quoted term adds weight but does not decide              | ''       | 她是团队的"茶叶"，产量最高。                         | ''
        a term in the title of a work does not count               | ''       | 电影《茶园》的产量很高。                             | ''
        a sense rule requires a context word in the sentence       | ''       | 龙井的产量增加。                                     | ''
        a sense rule is met by a context word in the sentence      | ''       | 龙井和茶园的产量增加。                               | tea=9.0
        a sense rule's veto word in the sentence stops the term    | ''       | 文物丝绸的产量。                                     | ''
        a sentence with an unrelated word is no sentence of content | ''      | 游客参观茶园，了解产量。                             | ''
        a brief needs half the threshold: one term after the lead does for tea | '' | 天气好。\\n茶园的产量增加。 | tea=3.0
        a brief needs half the threshold: not for silk, whose threshold is 9 | '' | 天气好。\\n蚕茧的产量增加。 | ''
        two terms reach the cluster's threshold in a brief         | ''       | 蚕茧和丝绸的产量增加。                               | silk=9.0
        a term counts at most four times                           | ''       | 茶园茶园茶园茶园茶园茶园的产量。                     | tea=18.0
        """)
    void appliesTheRulesOfABrief(String rule, String title, String body, String expected) {
        assertEquals(expected, tags(title, body.replace("\\n", "\n")), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a second cluster with a clause of its own is tagged           | 茶园和采茶的产量增加，蚕茧收购和缫丝加工也在进行。 | tea=9.0 silk=9.0
        a second cluster with one term and no clause is not tagged    | 茶园和茶叶的产量增加，海盐收购价也涨了。         | tea=9.0
        """)
    void tagsASecondClusterOfABriefOnlyWithContentOfItsOwn(String rule, String body, String expected) {
        assertEquals(expected, tags("", body), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        an article's cluster runs through it from the lead          | 茶园和茶叶的产量增加。\\n天气很好。下午下雨了。晚上很冷。    | tea=9.0
        a remark in one sentence after the lead is a passing mention | 天气很好。\\n下午下雨了。茶园的产量增加。晚上很冷。          | ''
        two sentences with decisive terms run through an article    | 天气很好。\\n茶园的产量增加。下午采茶。晚上很冷。            | tea=6.0
        a side remark far below the best cluster is not tagged      | 茶园和茶叶产量高。\\n采茶加工忙，茶叶收购。茶园茶叶万吨。蚕茧收购和缫丝加工。 | tea=21.0
        """)
    void appliesTheRulesOfAnArticle(String rule, String body, String expected) {
        assertEquals(expected, tags("", body.replace("\\n", "\n")), rule);
    }

    @Test
    void anArticlesClusterMustRecurWithItsLength() {
        String filler = "同学们参加跑步和跳远，场上加油声此起彼伏。\n";
        String body = filler.repeat(30) + "茶园的产量增加，采茶工人忙。\n" + filler.repeat(30);
        Scoring scoring = score("", body, Map.of());
        assertEquals(TextKind.ARTICLE, scoring.kind());
        assertEquals(List.of(), scoring.tags());
        assertTrue(scoring.verdicts().get(0).reason().startsWith("a passing mention"),
                scoring.verdicts().get(0)::reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        list items give each cluster with a clause its tag          | 一是茶园产量增加，采茶加工忙。\\n二是蚕茧收购，缫丝加工万吨。\\n三是道路修好。\\n四是天气好。 | tea=9.0 silk=6.0
        a cluster with one term and no clause in a list is not tagged | 一是茶园产量增加，采茶加工忙。\\n二是海盐收购。\\n三是道路修好。\\n四是天气好。           | tea=9.0
        three clusters with clauses make an enumeration without markers | 今年茶园产量增加，采茶加工忙。蚕茧收购，缫丝加工万吨。盐湖和海盐产量稳定。天气好。 | tea=9.0 silk=9.0 salt=9.0
        """)
    void tagsEveryClusterWithAClauseOfAnEnumeration(String rule, String body, String expected) {
        Scoring scoring = score("", body.replace("\\n", "\n"), Map.of());
        assertEquals(TextKind.ENUMERATION, scoring.kind(), rule);
        assertEquals(expected, tags("", body.replace("\\n", "\n")), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bare names in a row                            | 重点发展茶叶、蚕茧、海盐等产业。
        names with a word or two before each separator | 检查组走访了茶园企业、蚕茧工厂和海盐市场，听取意见。
        """)
    void industriesListedInARowAreAListNotAClause(String what, String text) {
        Scoring scoring = score("", text, Map.of());
        assertEquals(List.of(), scoring.tags(), what);
        assertEquals(List.of(TermHit.Status.LISTED, TermHit.Status.LISTED, TermHit.Status.LISTED),
                scoring.hits().stream().map(TermHit::status).toList(), what);
    }

    @Test
    void explainsEveryOccurrenceAndEveryVerdict() {
        Scoring scoring = score("茶叶收购", "龙井的产量增加，文物丝绸和蚕茧也加工。", Map.of());
        assertEquals(TextKind.BRIEF, scoring.kind());
        assertEquals(List.of("茶叶:COUNTED", "龙井:NO_CONTEXT", "丝绸:VETOED", "蚕茧:COUNTED"),
                scoring.hits().stream().map(h -> h.term() + ":" + h.status()).toList());
        TermHit vetoed = scoring.hits().get(2);
        assertEquals("文物", vetoed.note());
        assertEquals(0.0, vetoed.weight());
        assertEquals(7.5, scoring.hits().get(0).weight());
        assertTrue(scoring.hits().get(0).title());
        ClusterVerdict tea = scoring.verdicts().get(0);
        assertTrue(tea.assigned() && tea.reason().contains("brief"), tea::reason);
        ClusterVerdict silk = scoring.verdicts().get(1);
        assertTrue(!silk.assigned() && silk.reason().contains("second cluster"), silk::reason);
        assertEquals(4.5, silk.threshold());
        assertEquals(2, scoring.sentences().size());
    }

    @ParameterizedTest(name = "{0} with p={1}")
    @CsvSource(delimiter = '|', value = {
        "茶园的产量增加。       | 1.0 | tea=7.5",
        "种植的产量增加。       | 1.0 | ''",
        "今天天气好。           | 1.0 | ''",
    })
    void modelAddsOnlyToClustersWithADecisiveTerm(String body, double probability, String expected) {
        List<String> tags = score("", body, Map.of("tea", probability)).tags().stream()
                .map(t -> t.id() + "=" + t.score()).toList();
        assertEquals(expected, String.join(" ", tags));
    }
}
