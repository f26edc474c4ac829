package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyAssemblerTest {

    private static final String FIRST = "<p>今年以来，全市新能源汽车产量保持较快增长，前四个月累计生产整车十二万辆，同比增长近六成。</p>";
    private static final String SECOND = "<p>产业链配套也在加快完善，电池、电机和电控等关键零部件的本地配套率已经超过一半。</p>";
    private static final String THIRD = "<p>业内人士表示，下一步要在智能网联和充换电基础设施上持续发力，巩固产业发展的良好势头。</p>";
    private static final String EXPECTED = "今年以来，全市新能源汽车产量保持较快增长，前四个月累计生产整车十二万辆，同比增长近六成。\n"
            + "产业链配套也在加快完善，电池、电机和电控等关键零部件的本地配套率已经超过一半。\n"
            + "业内人士表示，下一步要在智能网联和充换电基础设施上持续发力，巩固产业发展的良好势头。";

    private final ContentExtractor extractor = new ContentExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            editor in brackets       | <p>（责编：王五、李四）</p>
            editor in lenticular     | <p>【责任编辑：张三】</p>
            plain editor             | <div>编辑：孙丽</div>
            reviewer                 | <div>审核：周明 校对：吴芳</div>
            correction link          | <div><a href='/jc'>【纠错】</a></div>
            notice                   | <p>声明：本文仅代表作者观点，不代表本站立场。</p>
            platform notice          | <p>平台声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。</p>
            copyright                | <p>版权所有 © 江城新闻网 未经授权不得转载</p>
            ad label                 | <div>广告</div>
            sponsored label          | <div>Sponsored</div>
            share bar                | <div class='share'>分享到：微信 微博</div>
            related link line        | <p>相关阅读：<a href='/a/1.html'>新能源汽车下乡活动启动</a></p>
            boilerplate ad block     | <div class='adbox'>限时特惠，点击领取购车补贴，名额有限先到先得。</div>
            hidden block             | <div style='display:none'>隐藏的推广文字，读者看不到，也不应进入正文。</div>
            """)
    void dropsNoiseLinesAtTheEnd(String name, String noise) {
        assertEquals(EXPECTED, bodyOf(FIRST + SECOND + THIRD + noise));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inline ad label and link | <div>广告</div><div><a href='https://ads.example.com/c'>春季购车节，首付低至一成</a></div>
            ad iframe                | <iframe src='https://ads.example.com/frame'></iframe>
            related block            | <div><b>相关新闻</b><ul><li><a href='/a/2.html'>充电桩建设提速</a></li></ul></div>
            boilerplate ad block     | <div class='ad-box'>限时特惠，点击领取购车补贴，名额有限先到先得。</div>
            """)
    void dropsNoiseBetweenParagraphs(String name, String noise) {
        assertEquals(EXPECTED, bodyOf(FIRST + SECOND + noise + THIRD));
    }

    private String bodyOf(String content) {
        String html = "<html><head><title>新能源汽车产量快速增长_江城新闻网</title></head><body>"
                + "<div><a href='/'>首页</a> <a href='/auto/'>汽车</a></div><h1>新能源汽车产量快速增长</h1>"
                + "<div>" + content + "</div></body></html>";
        return extractor.extract(Jsoup.parse(html)).body();
    }
}
