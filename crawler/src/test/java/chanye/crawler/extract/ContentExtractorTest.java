package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            portal-article       | 江城光伏组件产能今年有望突破三十吉瓦          | 2023-02-10T09:30+08:00 | 江城日报     | 周立新 | true
            table-layout-article | 关于印发《临河市先进制造业集群培育行动方案》的通知 | 2023-03-15T10:20+08:00 | 市工业和信息化局 | -      | true
            jsonld-article       | 数控机床订单回暖 “工业母机”企业扩产忙         | 2023-03-05T00:30Z      | -            | 林雨桐 | true
            self-media-article   | 县城咖啡店一年开出两百家，背后是谁在买单？     | 2023-02-10T18:05+08:00 | -            | 王芳   | true
            inline-blocks-article | 港口自动化码头吞吐量同比增长一成半            | 2023-04-18T07:45+08:00 | -            | 吴晓东 | true
            unlabelled-teasers-article | 氢能重卡示范线路扩至五条 加氢站网络同步加密 | 2023-05-22T10:15+08:00 | 绿能观察 | 宋家豪 | true
            gov-guestbook-article | 沙湾县棉花机采率提高到九成以上 | 2024-10-21T16:40+08:00 | 县农业农村局 | 阿依古丽•吐尔逊 | true
            reply-thread-article  | 昌吉州首条氢能公交线路开通运营 | 2024-07-18T08:05+08:00 | 北庭晨报 | 麦麦提·艾力 | true
            heading-disclaimer-article | 光伏玻璃价格企稳 龙头企业开工率回升 | 2024-09-26T14:30+08:00 | 丝路财讯 | 库尔班．买买提 | true
            bold-disclaimer-article | 奎屯—独山子石化产业园再添新项目 | 2024-11-05T10:12+08:00 | 西域产经 | - | true
            online-interview-article | 在线访谈：解读今年农机购置补贴新政策 | 2024-04-12T10:00+08:00 | 市农业农村局 | - | true
            wechat-article        | 准东开发区一季度三个煤化工项目投产 | 2024-05-06T10:20+08:00 | 准东发布 | 李建新 | true
            faded-in-article      | 哈密风光储一体化基地首批机组并网 | 2024-03-18T16:45+08:00 | 天山能源网 | - | true
            gov-cms-article       | 自治区工业和信息化厅关于推进纺织服装产业集群建设的通知 | 2024-04-02T11:05+08:00 | 市工业和信息化局 | - | true
            encyclopedia-entry    | 准东煤田 | - | - | - | true
            forum-thread          | 石河子棉农交流：今年机采棉脱叶剂怎么打？ | 2024-08-26T21:14+08:00 | - | - | true
            blog-post             | 在哈密看风电场：一座风机的一天 | 2024-05-06T19:42+08:00 | - | - | true
            novel-chapter         | 第三章 棉田里的夜 | 2024-03-11T20:00+08:00 | - | 沙枣花 | true
            """)
    void extractsArticleAndMetadata(String fixture, String title, String time, String source, String author,
                                    boolean isArticle) throws IOException {
        Article article = extractor.extract(parse(fixture));

        assertEquals(title, article.title());
        if (time == null) {
            assertNull(article.publishTime());
        } else {
            assertTrue(OffsetDateTime.parse(time).isEqual(article.publishTime()), "publish time " + article.publishTime());
        }
        assertEquals(source, article.source());
        assertEquals(author, article.author());
        assertEquals(isArticle, article.isArticle());
        assertEquals(resource(fixture + ".body.txt").strip(), article.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list-page", "search-page", "error-page", "index-page"})
    void listSearchAndErrorPagesAreNotArticles(String fixture) throws IOException {
        assertFalse(extractor.extract(parse(fixture)).isArticle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            portal-article | 广告, 春季购车节, 免责声明, 扩展阅读, 锂电材料, 理财课程, 责任编辑, 分享到, 网友评论, 补贴政策, 热门推荐, 版权所有, 当前位置
            jsonld-article | 广告, 净水器, 相关新闻, 机器人产业园, 评论, 小微企业, 猜你喜欢, 赏花, 复制链接, 3小时前
            self-media-article | 仅提供信息存储, 举报, 不喜欢, 点个赞
            table-layout-article | 发布时间, 相关链接, 稳增长, 打印本页, 备案号, 通知公告
            inline-blocks-article | 相关阅读, 内河航运, 相关链接, 二期工程, 外贸进出口, 海关数据, 海外仓, 网友评论, 参观, 排行, 编辑
            gov-guestbook-article | 互动留言, 网友, 戈壁红柳, 配件, 现场培训, 责任编辑
            reply-thread-article | 大家都在说, 草原骑手, 2小时前, 回复, 不颠, 科普
            heading-disclaimer-article | 免责声明, 自行核实, 延伸阅读, 多晶硅, 逆变器
            bold-disclaimer-article | 免责声明, 版权归原作者, 读者来信, 老石化, 环保监测
            wechat-article | 分享给朋友, 长按识别二维码, 微信扫一扫, 复制链接, 留言模板, 阅读, 在看, 2368
            faded-in-article | 能源要闻, 登录后可以收藏, 分享给好友, 评论模板
            gov-cms-article | 索引号, 发文字号, 当前位置, 打印, 附件, 主办单位, 备案号
            encyclopedia-entry | 目录, 编辑, 收藏, 参考资料, 准东开发区概况, 词条标签, 相关词条, 吐哈煤田, 浏览次数, 百科协议
            forum-thread | 老棉把式, 积分, 注册时间, 楼主, 发表于, 只看该作者, 种地三十年, 支持, 四成左右, 间隔七到十天, 快速回复, 下一页
            blog-post | 个人资料, 访问量, 文章分类, 最新文章, 归档, 分类：, 阅读(326), 标签, 上一篇, 下一篇, 小马过河, 评论, 五六万度
            novel-chapter | 都市, 排行榜, 首页, 上一章, 下一章, 目录, 字数, 广告, 客户端, 收藏本站, 侵权
            """)
    void dropsNoise(String fixture, String markers) throws IOException {
        String body = extractor.extract(parse(fixture)).body();
        for (String marker : markers.split(",\\s*")) {
            assertFalse(body.contains(marker), () -> fixture + " body keeps " + marker + ":\n" + body);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            404 Not Found                 | false
            出错啦！您访问的页面不存在      | false
            警方抓获404名涉诈嫌疑人        | true
            找不到工作的年轻人去了哪里      | true
            """)
    void tellsErrorPagesFromShortArticlesByTheirTitle(String title, boolean isArticle) {
        String html = "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><div><p>"
                + "这是一段不足五百字的正文，用来检验标题里的错误提示：只有真正的错误页面才会被排除，普通的短新闻仍然算作文章。"
                + "</p></div></body></html>";

        assertEquals(isArticle, extractor.extract(Jsoup.parse(html)).isArticle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another article's h1 | <h1>一季度新开工项目同比增长两成 三大产业投资全面提速</h1>
            noise heading        | <h2>相关新闻</h2>
            """)
    void aShortArticleEndsAtTheNextBoundaryEvenBeforeLongerText(String name, String boundary) {
        String longer = ("<p>这是一篇更长的推荐文章，它的段落比正文多得多，也长得多，如果只比文字的多少，"
                + "提取器就会把它当成正文，而真正的短消息反而被丢掉。</p>").repeat(8);
        String html = "<html><head><title>沿江港口集装箱吞吐量创新高_江城新闻网</title></head><body>"
                + "<div><div><h1>沿江港口集装箱吞吐量创新高</h1><div>2023-06-01 08:00</div>"
                + "<p>五月份，沿江港口完成集装箱吞吐量八十六万标准箱，同比增长百分之十二，创单月历史新高，外贸航线新增三条。</p></div>"
                + "<div>" + boundary + "<div>2023-05-30 09:00</div>" + longer + "</div></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertEquals("五月份，沿江港口完成集装箱吞吐量八十六万标准箱，同比增长百分之十二，创单月历史新高，外贸航线新增三条。",
                article.body());
        assertTrue(article.isArticle());
    }

    @Test
    void anUndatedH1InsideTheArticleIsASubheadingNotAnotherArticle() {
        String html = "<html><head><title>沿江港口集装箱吞吐量创新高_江城新闻网</title></head><body><div>"
                + "<h1>沿江港口集装箱吞吐量创新高</h1><div>2023-06-01 08:00</div>"
                + "<p>五月份，沿江港口完成集装箱吞吐量八十六万标准箱，同比增长百分之十二，创单月历史新高。</p>"
                + "<h1>外贸航线持续加密</h1>"
                + "<p>今年以来，港口新开通至东南亚和中东的外贸航线三条，每周航班增加到四十班，进出口货物通关时间进一步缩短。</p>"
                + "</div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertEquals("五月份，沿江港口完成集装箱吞吐量八十六万标准箱，同比增长百分之十二，创单月历史新高。\n外贸航线持续加密\n"
                + "今年以来，港口新开通至东南亚和中东的外贸航线三条，每周航班增加到四十班，进出口货物通关时间进一步缩短。",
                article.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>（来源：经济日报）</p>        | 经济日报
            <div>本文来源：江城发布</div>     | 江城发布
            <div>更多精彩，请下载客户端</div> | ''
            """)
    void readsASourceCreditClosingTheArticle(String closing, String source) {
        String html = "<html><head><title>储能电站并网_江城新闻网</title></head><body><div><h1>储能电站并网</h1>"
                + "<div>2023-06-01 08:00</div><p>今年首座百兆瓦级储能电站日前并网运行，可满足十万户家庭一天的用电需求，"
                + "将有效缓解夏季用电高峰的供电压力。</p>" + closing + "</div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertEquals(source.isEmpty() ? null : source, article.source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <span>来源：天山网</span><span>作者：赵六</span>                 | 天山网       | 赵六
            <span>来源: 克拉玛依日报</span><span>记者 张三</span>            | 克拉玛依日报 | 张三
            <span>2024-05-06 10:20</span><span>来源：北庭晨报</span><span>记者：李娜</span> | 北庭晨报 | 李娜
            """)
    void splitsBylineFieldsPrintedSideBySide(String byline, String source, String author) {
        String html = "<html><head><title>储能电站并网_江城新闻网</title></head><body><div><h1>储能电站并网</h1>"
                + "<div>" + byline + "</div><p>今年首座百兆瓦级储能电站日前并网运行，可满足十万户家庭一天的用电需求，"
                + "将有效缓解夏季用电高峰的供电压力。</p></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertEquals(source, article.source());
        assertEquals(author, article.author());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <div>更新时间：2024-05-08 16:00</div><div>发布时间：2024-05-06 10:20</div> | 2024-05-06T10:20+08:00
            <div>成文日期：2024-04-28</div><div>2024-05-06 10:20 来源：北疆能源</div>    | 2024-05-06T10:20+08:00
            <div>2024-05-06 10:20 来源：北疆能源</div><div>更新时间：2024-05-08</div>    | 2024-05-06T10:20+08:00
            <div>成文日期：2024-04-28</div>                                       | 2024-04-28T00:00+08:00
            """)
    void prefersTheDateLabelledAsThePublishTime(String byline, String expected) {
        String html = "<html><head><title>风电装机容量创新高</title></head><body><h1>风电装机容量创新高</h1>" + byline
                + "<div><p>今年以来，全区新增风电装机容量持续增长，多个大型基地项目并网发电，新能源发电量占比进一步提高。"
                + "</p></div></body></html>";

        assertEquals(OffsetDateTime.parse(expected), extractor.extract(Jsoup.parse(html)).publishTime());
    }

    @Test
    void readsOnlyLabelledFieldsAboveTheHeadline() {
        String html = "<html><head><title>风电装机容量创新高</title></head><body><div>今天是2024年5月9日 星期四</div>"
                + "<table><tr><td>来源：</td><td>北疆能源</td></tr></table><h1>风电装机容量创新高</h1>"
                + "<div><p>今年以来，全区新增风电装机容量持续增长，多个大型基地项目并网发电，新能源发电量占比进一步提高。"
                + "</p></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertNull(article.publishTime());
        assertEquals("北疆能源", article.source());
        assertEquals(OffsetDateTime.parse("2024-05-06T10:20+08:00"), extractor.extract(Jsoup.parse(html.replace(
                "<td>北疆能源</td></tr>", "<td>北疆能源</td></tr><tr><td>发布日期：</td><td>2024-05-06 10:20</td></tr>")))
                .publishTime());
    }

    @Test
    void aForumThreadsLaterPagesAreNotPartOfItsArticle() throws IOException {
        assertTrue(ForumPosts.isThread(parse("forum-thread")));
        assertTrue(ForumPosts.isThread(parse("blog-post")));
        assertFalse(ForumPosts.isThread(parse("portal-article")));
        assertFalse(ForumPosts.isThread(parse("encyclopedia-entry")));
    }

    @Test
    void dropsAdParagraphsSetInlineInTheText() {
        String html = "<html><head><title>储能电站并网_江城新闻网</title></head><body><div><h1>储能电站并网</h1>"
                + "<p>今年首座百兆瓦级储能电站日前并网运行，可满足十万户家庭一天的用电需求。</p>"
                + "<p>【广告】夏季空调限时特惠，全场八折起，详情请拨打热线。</p>"
                + "<p>电站由两家本地企业联合投资建设，采用磷酸铁锂电池，设计寿命二十年。</p>"
                + "<p>广告：江城驾校暑期班火热招生，报名即送学车大礼包。</p>"
                + "<p>项目负责人表示，明年还将在园区再建一座同等规模的储能电站。</p></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertEquals("今年首座百兆瓦级储能电站日前并网运行，可满足十万户家庭一天的用电需求。\n"
                + "电站由两家本地企业联合投资建设，采用磷酸铁锂电池，设计寿命二十年。\n"
                + "项目负责人表示，明年还将在园区再建一座同等规模的储能电站。", article.body());
    }

    @Test
    void aWeChatArticleWithAnEmptyContentElementIsNoArticleButKeepsItsMetadata() throws IOException {
        String html = resource("wechat-article.html").replaceAll("(?s)(<div class=\"rich_media_content[^>]*>).*?"
                + "(<div class=\"rich_media_tool)", "$1</div>$2");

        Article article = extractor.extract(Jsoup.parse(html, "https://mp.weixin.qq.com/s/AbCdEf"));

        assertFalse(article.isArticle());
        assertEquals("", article.body());
        assertEquals("准东开发区一季度三个煤化工项目投产", article.title());
        assertEquals("准东发布", article.source());
        assertEquals(List.of("WeChat article with an empty content element (#js_content): nothing to index"),
                article.problems());
        assertEquals(List.of(), extractor.extract(parse("wechat-article")).problems());
    }

    @Test
    void textHiddenForGoodStaysOutOfAVisibleArticle() {
        String agreement = "<p>用户在使用本网站服务前，应当仔细阅读本协议的全部条款，一旦注册或使用即视为同意本协议，"
                + "本网站有权根据需要修改协议内容并在页面公布，修改后的协议自公布之日起生效。</p>";
        String html = "<html><head><title>储能电站并网_江城新闻网</title></head><body>"
                + "<div class='modal' style='display:none'>" + agreement.repeat(6) + "</div><div><h1>储能电站并网</h1>"
                + "<div>2023-06-01 08:00</div><p>今年首座百兆瓦级储能电站日前并网运行，可满足十万户家庭一天的用电需求，"
                + "将有效缓解夏季用电高峰的供电压力。</p><p>电站由两家本地企业联合投资建设，采用磷酸铁锂电池，设计寿命二十年。"
                + "</p></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertTrue(article.body().startsWith("今年首座百兆瓦级储能电站"), article.body());
        assertFalse(article.body().contains("用户在使用本网站服务前"), article.body());
    }

    @Test
    void anArticleElementAScriptShowsWinsOverAVisibleSummaryButAnUnnamedOneDoesNot() {
        String paragraph = "<p>基地规划总装机一千万千瓦，分三期建设，建成后每年可向疆外输送清洁电力约两百亿千瓦时，"
                + "相当于节约标准煤六百万吨，项目业主介绍，储能电站在午间充电、晚高峰放电。</p>";
        String html = "<html><head><title>哈密新能源基地并网_天山能源网</title></head><body><h1>哈密新能源基地并网</h1>"
                + "<div class='summary'><p>摘要：哈密新能源基地首批风电和光伏机组日前并网发电，配套建设的储能电站"
                + "同步投运，基地建成后将成为疆电外送的重要电源。</p></div>"
                + "<div class='article-content' style='visibility:hidden'>" + paragraph.repeat(3) + "</div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertTrue(article.body().contains("基地规划总装机一千万千瓦"), article.body());
        assertFalse(extractor.extract(Jsoup.parse(html.replace("article-content", "modal"))).body()
                .contains("基地规划总装机一千万千瓦"));
    }

    @Test
    void keepsALeadSummaryRightBeforeTheContainer() {
        String columns = "<div><a href='/c1'>栏目链接第一条标题</a></div>".repeat(10);
        String html = "<html><body><div><h1>腊月里的年货市场</h1>" + columns
                + "<div>核心提示：年货市场人气回升，本地特产最受欢迎。</div><div>"
                + "<p>临近春节，城区几个大型农贸市场迎来采购高峰，腊肉、香肠和糍粑等本地特产摊位前排起了长队。</p>"
                + "<p>市场管理方表示，今年增加了临时摊位和停车位，并安排专人巡查，保障食品安全和交通秩序。</p>"
                + "</div></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertTrue(article.body().startsWith("核心提示：年货市场人气回升"), article.body());
        assertTrue(article.body().endsWith("保障食品安全和交通秩序。"), article.body());
    }

    @Test
    void takesTheDateFromTheUrlWhenThePageGivesNone() {
        String html = "<html><head><title>标题</title></head><body><h1>储能项目开工</h1><div><p>"
                + "今年首批新型储能项目集中开工，总投资超过三十亿元，预计明年上半年建成投运，可满足十万户家庭用电需求。"
                + "</p></div></body></html>";

        Article article = extractor.extract(Jsoup.parse(html, "https://news.example.cn/2023/0412/9001.shtml"));

        assertEquals(OffsetDateTime.parse("2023-04-12T00:00+08:00"), article.publishTime());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://news.example.cn/2023/0522/7001.shtml | -                           | 2023-05-22T10:15+08:00
            https://news.example.cn/a/7001.shtml         | 2022-05-22                  | 2022-05-22T10:15+08:00
            https://news.example.cn/a/7001.shtml         | -                           | 2026-05-22T10:15+08:00
            """)
    void takesTheYearOfABylineWithoutOneFromThePage(String url, String declared, String expected) {
        String meta = declared == null ? "" : "<meta property='article:published_time' content='" + declared + "'>";
        String html = "<html><head><title>标题</title>" + meta + "</head><body><h1>风电装机容量创新高</h1>"
                + "<div>05-22 10:15 来源：北疆能源</div><div><p>"
                + "今年以来，全区新增风电装机容量持续增长，多个大型基地项目并网发电，新能源发电量占比进一步提高。"
                + "</p></div></body></html>";
        Clock june2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

        Article article = new ContentExtractor(SiteRules.NONE, june2026).extract(Jsoup.parse(html, url));

        assertEquals(OffsetDateTime.parse(expected), article.publishTime());
    }

    @Test
    void leavesARelativeTimeAloneWithoutTheMomentThePageWasSeen() {
        Article article = extractor.extract(Jsoup.parse(relativeByline("3小时前"), "https://news.example.cn/a/7001.shtml"));

        assertNull(article.publishTime());
        assertFalse(article.publishTimeRelative());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            3小时前    | https://news.example.cn/a/7001.shtml          | 2024-05-06T07:20+08:00 | true
            昨天 10:20 | https://news.example.cn/a/7001.shtml          | 2024-05-05T10:20+08:00 | true
            前天       | https://news.example.cn/a/7001.shtml          | 2024-05-04T00:00+08:00 | true
            3小时前    | https://news.example.cn/2024/0506/7001.shtml  | 2024-05-06T07:20+08:00 | true
            前天       | https://news.example.cn/2024/0504/7001.shtml  | 2024-05-04T00:00+08:00 | false
            昨天 10:20 | https://news.example.cn/2024/0501/7001.shtml  | 2024-05-01T00:00+08:00 | false
            """)
    void resolvesARelativeBylineAgainstTheMomentThePageWasSeen(String byline, String url, String expected,
                                                               boolean relative) {
        Instant seen = Instant.parse("2024-05-06T02:20:30Z");

        Article article = extractor.extract(Jsoup.parse(relativeByline(byline), url), seen);

        assertEquals(OffsetDateTime.parse(expected), article.publishTime());
        assertEquals(relative, article.publishTimeRelative());
    }

    @Test
    void aDeclaredTimeWinsOverARelativeByline() {
        String html = relativeByline("3小时前").replace("<title>", "<meta name='pubdate' content='2024-05-06 06:58'><title>");

        Article article = extractor.extract(Jsoup.parse(html), Instant.parse("2024-05-06T02:20:30Z"));

        assertEquals(OffsetDateTime.parse("2024-05-06T06:58+08:00"), article.publishTime());
        assertFalse(article.publishTimeRelative());
    }

    private static String relativeByline(String byline) {
        return "<html><head><title>标题</title></head><body><h1>风电装机容量创新高</h1>"
                + "<div>" + byline + " 来源：北疆能源</div><div><p>"
                + "今年以来，全区新增风电装机容量持续增长，多个大型基地项目并网发电，新能源发电量占比进一步提高。"
                + "</p></div></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<html>",
        "</div></div><p>",
        "<table><tr><td><p>未闭合的段落<td>另一个单元格</table></p></div>",
        "<div><p>只有一句话。",
        "<!-- 只有注释 -->",
        "<html><body><script>document.write('<p>脚本里的段落，不是正文。</p>')</script></body></html>",
        "<p>第一段没有闭合<p>第二段也没有闭合<div><span>嵌套错乱</p></span></div>"
    })
    void oddHtmlGivesANonArticle(String html) {
        Article article = extractor.extract(Jsoup.parse(html));

        assertFalse(article.isArticle());
        assertNull(article.publishTime());
    }

    @Test
    void neverThrowsOnRandomTagSoup() {
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href='/x'>", "</a>", "<h1>", "</h1>", "<br>",
            "<table><tr><td>", "</td></tr></table>", "<script>", "</script>", "<li>", "<ul>", "</ul>",
            "<meta name='pubdate' content='2023-13-45 99:99'>", "<time datetime='2023-02-30T25:61+99:00'>", "</time>", "<div class='share-bar comment'>", "<span>",
            "</span>", "扩展阅读", "免责声明：", "广告", "责任编辑：", "2023年02月10日 09:30", "来源：", "作者：",
            "正文内容，带有标点。", "……", "<!--", "-->", "<", ">", "&nbsp;", "&#0;", "\u3000", "\n"};
        Random random = new Random(20230210);
        for (int page = 0; page < 100; page++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            Article article = extractor.extract(Jsoup.parse(html.toString(), "https://news.example.cn/1.html"));
            assertFalse(article.body().startsWith("\n") || article.body().contains("\n\n"), html::toString);
        }
    }

    @Test
    void survivesTwoHundredThousandNestedElements() {
        Element nested = new Element("div");
        nested.appendChild(new Element("p").text("深层嵌套的页面也要给出结果，而不是让整批抓取因为栈溢出而中断，这一段文字足够长，可以算作正文。"));
        nested.appendChild(new Element("p").text("第二段同样位于最深处，两段之间的换行必须保留下来。"));
        for (int i = 1; i < 200_000; i++) {
            nested = new Element(i % 2 == 0 ? "div" : "span").appendChild(nested);
        }
        Document document = Document.createShell("");
        document.body().appendChild(nested);

        Article article = extractor.extract(document);

        assertEquals("深层嵌套的页面也要给出结果，而不是让整批抓取因为栈溢出而中断，这一段文字足够长，可以算作正文。\n"
                + "第二段同样位于最深处，两段之间的换行必须保留下来。", article.body());
        assertTrue(article.isArticle());
    }

    @Test
    void survivesDeeplyNestedMarkupThroughTheParser() {
        String html = "<div>".repeat(20_000) + "<p>解析器截断了过深的嵌套，提取仍然要返回结果，并且不抛出任何异常。</p>";

        Article article = extractor.extract(Jsoup.parse(html));

        assertTrue(article.body().contains("解析器截断了过深的嵌套"), article.body());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> fixtures = List.of("portal-article", "jsonld-article", "self-media-article", "list-page");
        List<Article> expected = new ArrayList<>();
        for (String fixture : fixtures) {
            expected.add(extractor.extract(parse(fixture)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String fixture : fixtures) {
                    results.add(pool.submit(() -> extractor.extract(parse(fixture))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % fixtures.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Document parse(String fixture) throws IOException {
        return Jsoup.parse(resource(fixture + ".html"), "");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ContentExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /extract/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
