package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <div class="share-bar">                          | true
            <div class="shareBox">                           | true
            <div id="comment_list">                          | true
            <div class="ad">                                 | true
            <div class="ad-inline">                          | true
            <div class="adbox">                              | true
            <div id="adsWrap">                               | true
            <div class="address">                            | false
            <div class="admin">                              | false
            <div class="detail__content--recommend__item">   | true
            <div class="pinglun-box">                        | true
            <div role="navigation">                          | true
            <div class="article-content share-box">          | false
            <div class="article-content">                    | false
            <div class="head-line">                          | false
            <div class="download">                           | false
            <div class="shadow">                             | false
            <div>                                            | false
            """)
    void tellsBoilerplateByClassIdAndRole(String tag, boolean expected) {
        Element element = Jsoup.parse(tag + "</div>").body().child(0);

        assertEquals(expected, BoilerplateNames.isBoilerplate(element));
    }
}
