package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            网友 戈壁红柳：我们村今年也全用上了采棉机。          | true  | false
            网友@北疆种棉人: 希望维修服务队多下到连队。          | true  | false
            乌鲁木齐网友：加氢站的安全科普要跟上。              | true  | false
            读者 老石化：期待新项目早日投产。                   | true  | false
            草原骑手 2小时前 回复 赞(15)                      | true  | true
            天池边的云 2024-07-18 09:12 举报 回复              | true  | true
            刚刚 点赞 12                                    | true  | true
            不少网友在评论区留言，称赞这项便民举措。             | false | false
            嘉宾：补贴资金一般在一个月内发放到账户。             | false | false
            记者在现场看到，工人们正在回复客户的咨询电话。        | false | false
            2024年7月17日，首条氢能公交线路正式开通。           | false | false
            """)
    void tellsCommentsAndTheirMetaLines(String text, boolean comment, boolean meta) {
        TextLine line = new TextLine(text, null, text.replace(" ", "").length(), 0, Punctuation.count(text), false,
                -1);

        assertEquals(comment, CommentLines.isComment(line));
        assertEquals(meta, CommentLines.isMeta(line));
    }
}
