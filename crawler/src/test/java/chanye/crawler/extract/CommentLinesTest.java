package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            网友 戈壁红柳：我们村今年也全用上了采棉机。          | true  | false | false
            网友@北疆种棉人: 希望维修服务队多下到连队。          | true  | false | false
            乌鲁木齐网友：加氢站的安全科普要跟上。              | true  | false | false
            读者 老石化：期待新项目早日投产。                   | true  | false | false
            草原骑手 2小时前 回复 赞(15)                      | false | true  | false
            天池边的云 2024-07-18 09:12 举报 回复              | false | true  | false
            回复 赞(15)                                     | false | false | true
            点赞 举报                                       | false | false | true
            不少网友在评论区留言，称赞这项便民举措。             | false | false | false
            嘉宾：补贴资金一般在一个月内发放到账户。             | false | false | false
            记者在现场看到，工人们正在回复客户的咨询电话。        | false | false | false
            2024年7月17日，首条氢能公交线路正式开通。           | false | false | false
            """)
    void tellsCreditedCommentsMetaLinesAndActions(String text, boolean credited, boolean meta, boolean actions) {
        TextLine line = line(text);

        assertEquals(credited, CommentLines.isCredited(line));
        assertEquals(meta, CommentLines.isMeta(line));
        assertEquals(actions, CommentLines.isActions(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            credited comments        | 3 | 留言板 / 网友 甲：说得对，点赞。 / 网友 乙：期待后续报道。                     | 1
            meta line above text     | 3 | 张三 2小时前 回复 赞(3) / 车里很安静，一点都不颠。 / 李四 3小时前 回复 / 安全科普要跟上。 | 0
            actions below text       | 3 | 张三 07-18 09:12 / 车里很安静，一点都不颠。 / 回复 赞(3) / 李四 07-18 10:02 / 安全科普要跟上。 / 回复 | 0
            one comment only         | 3 | 网友 甲：说得对，点赞。                                                  | -1
            online interview         | 3 | 网友：补贴范围有变化吗？ / 嘉宾：新增了两类机具。 / 网友：多久能到账？ / 嘉宾：一个月内发放。 | -1
            quotes then more article | 3 | 网友 甲：说得对，点赞。 / 网友 乙：期待后续报道。 / 记者了解到，项目明年建成投产。          | -1
            """)
    void findsTheThreadThatClosesTheText(String shape, int articleLines, String thread, int expected) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < articleLines; i++) {
            lines.add(line("今年以来，园区新签约项目十二个，总投资超过八十亿元。"));
        }
        for (String text : thread.split(" / ")) {
            lines.add(line(text.strip()));
        }
        boolean[] keep = new boolean[lines.size()];
        Arrays.fill(keep, true);

        int start = CommentLines.threadStart(lines, 0, lines.size(), keep);

        assertEquals(expected < 0 ? -1 : articleLines + expected, start, shape);
    }

    private static TextLine line(String text) {
        return new TextLine(text, null, text.replace(" ", "").length(), 0, Punctuation.count(text), false, -1);
    }
}
