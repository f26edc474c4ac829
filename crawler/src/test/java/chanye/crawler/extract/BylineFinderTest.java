package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2023年02月10日 09:30 来源：江城日报 作者：周立新       | 江城日报   | 周立新
            发布时间：2023-03-15 来源：市工业和信息化局 浏览次数：12 | 市工业和信息化局 | -
            文/记者 王芳                                       | -          | 王芳
            潮汐财经 3小时前 记者 林雨桐                          | -          | 林雨桐
            本报记者 赵一鸣 通讯员 钱多多                         | -          | 赵一鸣
            来源: 新华社 责任编辑：陈晓                           | 新华社     | -
            【责任编辑：陈晓】                                   | -          | -
            编辑：孙丽                                          | -          | 孙丽
            2023-02-10 09:30                                   | -          | -
            """)
    void readsSourceAndAuthor(String byline, String source, String author) {
        List<TextLine> lines = List.of(new TextLine(byline, null, byline.length(), 0, 0, false, -1));

        assertEquals(source, BylineFinder.source(lines));
        assertEquals(author, BylineFinder.author(lines));
    }
}
