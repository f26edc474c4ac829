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
            文丨本刊特约评论员 韩一舟                             | -          | 韩一舟
            潮汐财经 3小时前 记者 林雨桐                          | -          | 林雨桐
            本报记者 赵一鸣 通讯员 钱多多                         | -          | 赵一鸣
            来源: 新华社 责任编辑：陈晓                           | 新华社     | -
            【责任编辑：陈晓】                                   | -          | -
            编辑：孙丽                                          | -          | 孙丽
            2023-02-10 09:30                                   | -          | -
            2024年04月02日 08:45 来源：天山晨报 记者 阿依古丽·买买提 | 天山晨报 | 阿依古丽·买买提
            记者 麦麦提•艾力 通讯员 王磊                          | -          | 麦麦提•艾力
            作者：库尔班．买买提                                 | -          | 库尔班．买买提
            来源：天山网作者：赵六                                | 天山网     | 赵六
            来源: 克拉玛依日报记者 张三                            | 克拉玛依日报 | 张三
            来源：北庭晨报记者：李娜发布时间：2024-05-06            | 北庭晨报   | 李娜
            2024-05-06 10:20来源：博州发布浏览次数：36              | 博州发布   | -
            来源：奎屯日报责任编辑：陈晓                           | 奎屯日报   | -
            来源：江城日报本报记者 赵一鸣                           | 江城日报   | 赵一鸣
            """)
    void readsSourceAndAuthor(String byline, String source, String author) {
        List<TextLine> lines = List.of(new TextLine(byline, null, byline.length(), 0, 0, false, -1));

        assertEquals(source, BylineFinder.source(lines));
        assertEquals(author, BylineFinder.author(lines, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            本报讯（记者 李明 通讯员 张华）昨天，全市首座氢能产业园开工建设。 | 李明
            新华社北京2月10日电（记者赵小川、钱多）国家统计局今天发布数据。   | 赵小川
            本报讯（记者 努尔兰·沙肯）连日来，牧民们陆续转场进入冬牧场。        | 努尔兰·沙肯
            中新网3月5日电 据报道，记者从会上获悉，项目已经开工。           | -
            昨天下午，记者王刚在现场看到，工人们正在加紧施工。               | -
            """)
    void readsTheReporterFromTheDateline(String firstParagraph, String author) {
        assertEquals(author, BylineFinder.author(List.of(), firstParagraph));
    }
}
