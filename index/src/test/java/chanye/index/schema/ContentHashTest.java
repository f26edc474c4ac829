package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentHashTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "光伏电站并网|项目投产。 设备运行。|光伏电站并网 |项目投产。设备运行。",
        "ＡＩ助力风电|正文|AI助力风电|正文",
        "Wind Power|Text|wind power|TEXT",
    })
    void ignoresWhitespaceWidthAndCase(String title, String body, String otherTitle, String otherBody) {
        assertEquals(ContentHash.of(title, body), ContentHash.of(otherTitle, otherBody));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "光伏电站并网|项目投产。|光伏电站并网|项目投产！",
        "标题|正文|标题正|文",
    })
    void tellsDifferentContentApart(String title, String body, String otherTitle, String otherBody) {
        assertNotEquals(ContentHash.of(title, body), ContentHash.of(otherTitle, otherBody));
    }
}
