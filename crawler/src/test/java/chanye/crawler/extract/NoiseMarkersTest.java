package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoiseMarkersTest {

    private final NoiseMarkers markers = NoiseMarkers.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            扩展阅读                          | true
            【相关阅读】                       | true
            猜你喜欢 换一换                    | true
            热门推荐 更多>>                    | true
            相关新闻：                         | true
            留言板                            | true
            网友留言（12）                      | true
            精选评论                           | true
            免责声明                           | true
            风险提示：                         | true
            网友热议                           | true
            跟帖（36）                         | true
            延伸阅读：光伏组件价格为何持续下行？    | false
            相关部门表示，将加快推进项目建设。      | false
            推荐阅读的书目由专家组评选产生           | false
            """)
    void recognisesSectionHeadings(String text, boolean expected) {
        assertEquals(expected, markers.isSectionHeading(line(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            免责声明：本网转载的稿件仅供参考。                     | true
            【版权声明】本文为原创内容。                          | true
            平台声明：该文观点仅代表作者本人。                     | true
            声明：本文不构成投资建议。                            | true
            以上内容为用户上传并发布，本平台仅提供信息存储服务。       | true
            Copyright © 2023 江城新闻网                        | true
            © 2023 潮汐网                                      | true
            未经授权，不得转载。                                 | true
            本文内容仅代表作者个人立场,不构成任何投资建议。           | true
            读者据此操作，风险自担。                              | true
            市场有风险，投资需谨慎。本文观点不作为买卖依据。          | true
            以上内容仅供参考，不作为任何决策依据。                  | true
            分析人士认为，市场有望在风险释放后企稳。                 | false
            声明发布后，公司股价小幅上涨。                         | false
            企业发表联合声明：将共同推进标准制定。                   | false
            外交部声明：坚决反对有关做法。                         | false
            """)
    void recognisesDisclaimers(String text, boolean expected) {
        assertEquals(expected, markers.isDisclaimer(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            广告      | true
            AD        | true
            [广告]    | true
            Sponsored | true
            广告投放收入增长 | false
            """)
    void recognisesAdLabels(String text, boolean expected) {
        assertEquals(expected, markers.isAdLabel(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            【广告】夏季空调限时特惠，全场八折起，详情请拨打热线。 | true
            广告：江城驾校暑期班火热招生，报名即送学车大礼包。   | true
            [推广] 新款越野车到店试驾，预约有礼。             | true
            （AD）理财课程免费试听，名额有限。                 | true
            广告行业去年营业额增长一成，数字广告占比过半。        | false
            广告法修订后，虚假宣传的处罚力度明显加大。           | false
            【现场】工人们正在安装光伏组件。                   | false
            记者：广告牌为何越来越少？                        | false
            """)
    void recognisesInlineAdParagraphs(String text, boolean expected) {
        assertEquals(expected, markers.isAdParagraph(text));
    }

    private static TextLine line(String text) {
        return new TextLine(text, null, text.replace(" ", "").length(), 0, Punctuation.count(text), false, -1);
    }
}
