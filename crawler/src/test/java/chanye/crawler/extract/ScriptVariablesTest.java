package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptVariablesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            var ct = "1714962000";                                               => 2024-05-06T10:20+08:00
            var publish_time = "2024-05-06" || ""; var ct = "1714962000";         => 2024-05-06T10:20+08:00
            var create_time = "1714962000" * 1;                                  => 2024-05-06T10:20+08:00
            window.__STATE__ = {"article":{"publishTime":"2024-05-06 10:20:00"}}; => 2024-05-06T10:20+08:00
            var pubDate = '2024/05/06';                                          => 2024-05-06T00:00+08:00
            var info = {pubtime: 1714962000000};                                 => 2024-05-06T10:20+08:00
            """)
    void readsThePublishTimeAScriptHolds(String script, String expected) {
        String html = "<html><head><script>" + script + "</script></head><body></body></html>";

        assertEquals(OffsetDateTime.parse(expected), ScriptVariables.publishTime(Jsoup.parse(html)).time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>var act = \"1714962000\";", "<script>var ct = \"soon\";",
        "<script>obj.ct = \"1714962000\";", "<script src='x.js'>var ct = \"1714962000\";",
        "<script type='text/html'>var ct = \"1714962000\";"})
    void readsNoTimeFromOtherNamesValuesOrScripts(String script) {
        String html = "<html><head>" + script + "</script></head><body></body></html>";

        assertNull(ScriptVariables.publishTime(Jsoup.parse(html)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            var nickname = htmlDecode("准东发布");      | 准东发布
            var nickname = '准东发布'.html(false);     | 准东发布
            var profile_nickname = "别的"; var nickname = "准东发布"; | 准东发布
            """)
    void readsAStringByItsName(String script, String expected) {
        String html = "<html><head><script>" + script + "</script></head><body></body></html>";

        assertEquals(expected, ScriptVariables.string(Jsoup.parse(html), "nickname"));
    }
}
