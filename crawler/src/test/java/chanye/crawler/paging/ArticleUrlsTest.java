package chanye.crawler.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleUrlsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0506/88001_2.html         | true
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0506/88001-3.html         | true
            https://a.cn/2024/0506/88001_1.html     | https://a.cn/2024/0506/88001_2.html         | true
            https://a.cn/c/t20240506_1234567.html   | https://a.cn/c/t20240506_1234567_1.html     | true
            https://a.cn/show.php?id=9              | https://a.cn/show.php?id=9&page=2           | true
            https://a.cn/show.php?id=9&page=1       | https://a.cn/show.php?page=3&id=9           | true
            https://a.cn/show.php?id=9              | https://a.cn/show.php?id=10&page=2          | false
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0506/88002.html           | false
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0507/88001_2.html         | false
            https://a.cn/2024/0506/88001.html       | https://b.cn/2024/0506/88001_2.html         | false
            https://a.cn/2024/0506/88001.html       | http://a.cn/2024/0506/88001_2.html          | false
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0506/88001.html?page=2    | true
            https://a.cn/2024/0506/88001.html       | https://a.cn/2024/0506/88001.html#comments  | true
            """)
    void tellsPagesOfTheSameArticle(String first, String candidate, boolean same) {
        assertEquals(same, ArticleUrls.sameArticle(first, candidate));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://a.cn/2024/0506/88001.html         | false
            https://a.cn/2024/0506/88001_2.html       | true
            https://a.cn/c/t20240506_1234567.html     | false
            https://a.cn/c/t20240506_1234567_1.html   | true
            https://a.cn/show.php?id=9                | false
            https://a.cn/show.php?id=9&page=2         | true
            """)
    void seesAPageNumberInTheUrl(String url, boolean marked) {
        assertEquals(marked, ArticleUrls.hasPageMarker(url));
    }
}
