package chanye.classifier.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.segment.Segmenter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionGazetteerTest {

    private static final RegionGazetteer GAZETTEER = RegionGazetteer.loadDefault();
    private static final Segmenter SEGMENTER = new Segmenter(GAZETTEER.names());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新疆生产建设兵团第十四师昆玉市                | 兵团 第十四师 昆玉",
        "新疆维吾尔自治区乌鲁木齐市和昌吉回族自治州    | 新疆 乌鲁木齐 昌吉",
        "博州博乐市、克州阿图什市                      | 博尔塔拉 博乐 克孜勒苏 阿图什",
        "和田地区于田县，和田市                        | 和田 于田",
        "喀什地区莎车县和叶城县                        | 喀什 莎车 叶城",
        "甘肃酒泉和内蒙古鄂尔多斯                      | ''",
    })
    void findsPlacesOnWholeWordsUnderTheirShortName(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(want, GAZETTEER.places(SEGMENTER.words(text)));
    }

    @Test
    void namesIncludeAliasesAndDivisions() {
        assertTrue(GAZETTEER.names().containsAll(List.of("巴州", "第八师", "新疆生产建设兵团", "准东")));
    }
}
