package chanye.classifier.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordExtractorTest {

    private static final Set<String> TERMS = Set.of("长绒棉", "采棉机", "籽棉");
    private static final Segmenter SEGMENTER = new Segmenter(TERMS);
    private static final KeywordExtractor EXTRACTOR = new KeywordExtractor(TERMS);

    private static List<String> keywords(String title, String body, int limit) {
        return EXTRACTOR.keywords(SEGMENTER.words(title), SEGMENTER.words(body), limit);
    }

    @Test
    void ranksRepeatedDomainTermsAndTitleWordsFirst() {
        List<String> keywords = keywords("长绒棉采收进入高峰",
                "阿瓦提县的长绒棉进入采收高峰，采棉机在棉田里作业，籽棉运往轧花厂。今年长绒棉品质好，"
                        + "采棉机作业效率提高，长绒棉收购价格上涨。", 5);
        assertEquals(Set.of("长绒棉", "采棉机"), Set.copyOf(keywords.subList(0, 2)), keywords::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"公司", "项目", "新疆", "发展", "记者", "负责人"})
    void leavesOutGenericWords(String generic) {
        List<String> keywords = keywords("公司项目发展", "记者从新疆某公司获悉，项目发展顺利，负责人表示公司将推进项目。"
                + "长绒棉和采棉机订单增加。", 10);
        assertFalse(keywords.contains(generic), keywords::toString);
    }

    @Test
    void leavesOutWordsWithoutChineseCharactersAndNumbers() {
        List<String> keywords = keywords("", "ABC公司2024年采购采棉机100台，CEO称长绒棉需求旺。", 10);
        assertTrue(keywords.stream().allMatch(k -> k.codePoints().anyMatch(Character::isIdeographic)
                && k.codePoints().noneMatch(Character::isDigit)), keywords::toString);
    }

    @Test
    void givesAtMostTheLimitAndNothingForEmptyText() {
        assertEquals(2, keywords("长绒棉", "长绒棉和采棉机，籽棉和棉田，轧花厂。", 2).size());
        assertEquals(List.<String>of(), EXTRACTOR.keywords(List.<Token>of(), List.<Token>of(), 5));
    }
}
