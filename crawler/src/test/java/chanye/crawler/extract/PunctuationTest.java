package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            记者获悉，项目已经开工。                | 2
            “我们很有信心！”他说。                 | 4
            时间：2024.05.11 来源：1905.com       | 0
            产值达1,000亿元                        | 0
            It works. Really, it does!           | 3
            首页 > 新闻 > 正文                     | 0
            """)
    void countsSentencePunctuation(String text, int expected) {
        assertEquals(expected, Punctuation.count(text));
    }
}
