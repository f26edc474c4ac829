package chanye.crawler.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import chanye.crawler.discover.LinkTextTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagerTest {

    private static final String FIRST = "https://news.example.cn/2024/0506/88001.html";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <a href='88001_2.html'>2</a><a href='88001_3.html'>3</a>                        | 2=88001_2.html 3=88001_3.html | -
            <a href='88001_2.html'>[2]</a><a href='88001_3.html'>第3页</a>                   | 2=88001_2.html 3=88001_3.html | -
            <a href='88001_2.html'>下一页</a>                                               | -                             | 88001_2.html
            <a href='88001_2.html'>下一页 &gt;&gt;</a><a href='88001_2.html'>2</a>            | 2=88001_2.html                | 88001_2.html
            <a href='/2024/0501/87001.html'>2</a><a href='/list_2.html'>下一页</a>           | -                             | -
            <a href='88001_2.html'>第二季度投资增长</a>                                        | -                             | -
            """)
    void readsNumberedAndNextLinksToPagesOfTheSameArticle(String links, String numbered, String next) {
        Pager pager = Pager.of(Jsoup.parse("<div>" + links + "</div>", FIRST), FIRST);

        StringBuilder found = new StringBuilder();
        pager.numbered().forEach((n, url) -> found.append(found.length() == 0 ? "" : " ").append(n).append('=')
                .append(url.substring(url.lastIndexOf('/') + 1)));
        assertEquals("-".equals(numbered) ? "" : numbered, found.toString());
        assertEquals("-".equals(next) ? null : "https://news.example.cn/2024/0506/" + next, pager.next());
    }

    @Test
    void theSetOfPagerCharactersLacksNoneANumberOrANextLinkHolds() {
        LinkTextTest.assertLetsThroughEveryMatch(
                text -> Pager.NUMBER.matcher(text).matches() || Pager.NEXT.matcher(text).matches(),
                Pager.MAX_LINK_TEXT, Pager.CHARACTERS,
                List.of("1", "[1]", "第 1 页", "（1）", "【1】", "下一页", "下页", "后一页", "下一頁", "下一页 >>", "next page »"));
    }

    @Test
    void notesANextLinkToAnotherSite() {
        Pager pager = Pager.of(Jsoup.parse("<a href='https://ads.example.com/88001_2.html'>下一页</a>", FIRST), FIRST);

        assertNull(pager.next());
        assertEquals("https://ads.example.com/88001_2.html", pager.nextOffSite());
        assertEquals(Map.of(), pager.numbered());
    }
}
