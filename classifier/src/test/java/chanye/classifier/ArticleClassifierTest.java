package chanye.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.score.TextKind;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleClassifierTest {

    private static final ArticleClassifier CLASSIFIER = ArticleClassifier.create(Taxonomy.loadDefault());
    private static ArticleClassifier classifier2025;

    private static List<String> clusters(String title, String text) {
        return CLASSIFIER.classify(title, text).clusters().stream().map(ClusterTag::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "准东煤制气项目投产       | 项目以当地原煤为原料，煤制气装置年产合成天然气20亿立方米。                | coal",
        "长绒棉收购开秤           | 阿瓦提县长绒棉开秤收购，棉农交售籽棉的车辆排起长队。                    | cotton-textile",
        "风电场扩建               | 达坂城风电场新增风电机组50台，风电装机突破百万千瓦。                    | new-energy",
        "多晶硅满产               | 企业多晶硅生产线满负荷运行，工业硅原料来自本地。                        | new-energy",
        "小麦开镰                 | 南疆冬小麦开镰收获，联合收割机在麦田里作业，预计小麦亩产提高。          | grain-oil",
        "香梨上市                 | 库尔勒香梨进入采摘期，果农忙着把果品装箱发往内地。                      | fruit-veg",
        "肉羊出栏                 | 养殖场的肉羊陆续出栏，羊肉价格保持平稳。                                | livestock",
        "铅锌矿投产               | 火烧云铅锌矿选矿厂投产，铅锌精矿运往冶炼企业。                          | mining",
        "油田增储                 | 塔里木油田超深井试获高产，天然气日产量创新高。                          | oil-gas",
    })
    void termsKeptWholeTagTheirCluster(String title, String text, String expected) {
        assertEquals(List.of(expected), clusters(title, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "冬季谨防煤气中毒         | 使用煤气和煤炉的家庭注意通风，煤气罐要定期检查。",
        "股市牛市行情             | 牛市氛围渐浓，投资者热议牛市能走多远，牛股频出。",
        "孩子们爱吃棉花糖         | 公园里卖棉花糖的小摊前排起长队，棉花糖五颜六色。",
        "油画展开幕               | 这次油画展展出油画作品百余幅，油画家现场讲解。",
        "葡萄牙队晋级             | 葡萄牙队在比赛中获胜，葡萄牙球迷欢呼雀跃。",
        "新款苹果手机发布         | 苹果手机新品开售，苹果公司称苹果手机销量增长。",
        "光伏板块大涨             | 今日光伏板块和煤炭板块领涨，新能源概念股表现活跃。",
        "煤炭股和光伏股领涨       | 煤炭股集体走强，光伏股午后拉升，原油期货价格回落，多只煤炭股涨停，光伏指数上涨。",
        "番茄炒蛋的做法           | 番茄炒蛋是家常菜，番茄切块，鸡蛋打散，西红柿炒鸡蛋要先炒蛋。",
        "小麦色肌肤护理           | 小麦色肌肤夏季护理，小麦色皮肤要注意防晒，玉米须茶可以消肿。",
        "时装周开幕               | 时装周上服装秀精彩纷呈，多场服装秀吸引观众，设计师谈服装秀创意。",
    })
    void trapsGiveNothing(String title, String text) {
        assertEquals(List.of(), clusters(title, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "马拉松开跑     | 两万名跑者参加比赛，补给站提供饮用水、香蕉和葡萄干。男子冠军成绩为2小时15分，女子冠军来自本地。",
        "夜市人气旺     | 夜市里烤包子和羊肉串飘香，游客络绎不绝，一位游客说明年还要再来。",
        "科普电影进社区 | 社区组织居民观看科普电影，影片介绍宇宙探索的历史，志愿者还讲解了太阳能热水器的原理。",
        "国际油价下跌   | 国际油价连续下跌，布伦特原油期货收于每桶72美元，分析师认为需求疲软。",
    })
    void passingMentionsInTextsAboutSomethingElseGiveNothing(String title, String text) {
        assertEquals(List.of(), clusters(title, text));
    }

    @Test
    void passingMentionInALongArticleAboutSomethingElseGivesNothing() {
        String filler = "学校举办运动会，同学们踊跃报名参加跑步、跳远和拔河等项目，赛场上加油声此起彼伏。\n";
        String text = filler.repeat(10) + "午餐时大家吃了哈密瓜和葡萄。\n" + filler.repeat(10);
        assertEquals(List.of(), clusters("校园运动会", text));
    }

    @Test
    void remarkInOneSentenceAfterTheLeadGivesNothing() {
        String text = "社区举办邻里节，居民们带来自家做的拿手菜，现场还有歌舞表演和亲子游戏。\n"
                + "活动持续了一个下午，大家边吃边聊。桌上摆满了红枣、核桃和葡萄干，孩子们吃得很开心。";
        assertEquals(List.of(), clusters("邻里节拉近居民距离", text));
    }

    @Test
    void sideRemarkInAnArticleAboutAnotherClusterDoesNotTagIt() {
        String text = "库车市光伏制氢项目投产，光伏发电电解水制氢，年产绿氢2万吨，绿氢用于当地化工企业。"
                + "新型储能电站同步建设，光伏组件来自本地企业。项目替代部分天然气。";
        assertEquals(List.of("new-energy"), clusters("绿氢项目投产", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "煤电与风光打捆外送 | 准东的燃煤电厂与光伏电站、风电场打捆外送，煤电机组调峰，新能源电量占比提高，煤炭就地转化。 | coal new-energy",
        "林下养殖           | 核桃林下养鸡养羊，果园里的红枣和核桃增产，土鸡和羊肉也卖上好价钱，果农收入翻番。           | fruit-veg livestock",
        "棉粮轮作           | 棉田与小麦、玉米轮作，棉花单产提高，玉米亩产超过一吨，粮食生产和植棉两不误。             | cotton-textile grain-oil",
        "能源大通道         | 原油和天然气产量增长，煤炭产量攀升，光伏和风电装机扩大，西气东输、疆煤外运通道畅通，新能源电力外送。 | coal new-energy oil-gas",
    })
    void textsAboutSeveralClustersGetEachOfThem(String title, String text, String expected) {
        List<String> got = clusters(title, text).stream().sorted().toList();
        assertEquals(Arrays.asList(expected.split(" ")), got);
    }

    @ParameterizedTest(name = "sense rule: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        风光 as scenery is not wind and sun                  | 湖边风光吸引游客拍照留念，湖水清澈见底。                                 | ''
        风光 beside 装机 and 基地 is wind and sun            | 哈密风光基地新增装机200万千瓦，项目全部并网。                             | new-energy
        苹果 beside 手机 and 发布会 is no fruit              | 苹果新品发布会上，新款手机的销量预期很高，苹果系统也升级了。             | ''
        苹果 in an orchard is fruit                          | 阿克苏的苹果进入采摘期，果农忙着装箱，收购价格上涨。                     | fruit-veg
        开心果 for a cheerful classmate is no nut            | 她是同学们公认的开心果，大家都喜欢和她一起做作业。                       | ''
        金矿 for data is no gold mine                        | 专家说，数据是企业的金矿，要用好数据资源。                               | ''
        金矿 with 开采 and 探明 is a gold mine                | 新疆一座金矿探明储量增加，开采规模扩大到年处理矿石30万吨。               | mining
        乙烯 from coal-to-olefins is coal, not oil           | 准东一座煤制烯烃项目投产，年产聚乙烯和聚丙烯各30万吨。                   | coal
        油菜 in a sea of flowers is tourism                  | 昭苏的油菜花海吸引游客打卡拍照，景区门票收入增长。                       | ''
        """)
    void senseRulesDecideWhetherATermCounts(String rule, String text, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), clusters("", text), rule);
    }

    @ParameterizedTest(name = "brief: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        a melon variety names fruit                          | 鄯善县的西州蜜25号开始采收，每公斤收购价4元。                             | fruit-veg
        a PV plant's grid connection with its capacity       | 和田一座10万千瓦光伏电站全容量并网。                                     | new-energy
        a coal-to-olefins project starting                   | 准东经济技术开发区一座煤制烯烃项目投料试车。                             | coal
        a named oil field's output                           | 富满油田日产原油首次突破1万吨。                                          | oil-gas
        a wheat variety's yield                              | 奇台县新冬22号示范田实收测产，平均亩产712公斤。                          | grain-oil
        a cotton variety sown                                | 北疆棉区今年推广新陆早78号约120万亩。                                    | cotton-textile
        a named mine's new works                             | 阿舍勒铜矿深部开采工程投产，选厂日处理矿石6000吨。                       | mining
        a breed going to market                              | 和静县巴音布鲁克羊进入出栏旺季，每天外运两万只。                         | livestock
        a product named in a tourism brief is no tag         | 游客在葡萄长廊下拍照，还品尝了新鲜的葡萄。                               | ''
        """)
    void aBriefNeedsOneDecisiveTermInASentenceOfContent(String rule, String text, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), clusters("", text), rule);
    }

    @ParameterizedTest(name = "second cluster: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        a refinery's own PV plant in a company report   | 公司全年加工原油1050万吨，生产乙烯125万吨。公司配套建设的20万千瓦光伏电站并网发电，每年可替代外购电3亿千瓦时。 | new-energy oil-gas
        a smelter's PV plant in a brief                 | 阜康一家镍冶炼企业的铜镍矿冶炼用上了绿电，配套建设的10万千瓦光伏电站并网发电。                            | mining new-energy
        a side remark in a brief stays out              | 伊犁一个煤制天然气项目累计生产合成天然气13亿立方米，煤炭转化效率达到设计水平。                           | coal
        """)
    void aSecondClusterWithContentOfItsOwnIsTagged(String rule, String text, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), clusters("", text).stream().sorted().toList(), rule);
    }

    @Test
    void anEnumerationTagsEveryClusterWithAClauseOfContent() {
        String report = String.join("\n",
                "一是做强油气产业，支持油田企业增储上产，推动炼化项目开工建设。",
                "二是推进煤炭清洁高效利用，有序释放煤矿先进产能。",
                "三是稳定粮食生产，落实小麦、玉米播种面积，新建高标准农田20万亩。",
                "四是加快新能源项目建设，新增风电、光伏装机200万千瓦。",
                "五是抓好民生保障，新建中小学5所。");
        Classification result = CLASSIFIER.classify("政府工作报告摘要", report);
        assertEquals(List.of("coal", "grain-oil", "new-energy", "oil-gas"),
                result.clusters().stream().map(ClusterTag::id).sorted().toList());
        Analysis analysis = CLASSIFIER.analyze("政府工作报告摘要", report);
        assertEquals(TextKind.ENUMERATION, analysis.scoring().kind());
    }

    @Test
    void industriesListedInPassingInANoticeGiveNoTag() {
        assertEquals(List.of(), clusters("招商引资推进会召开",
                "会议要求围绕油气、煤炭、新能源、纺织服装等重点产业开展精准招商，提高项目落地率。"));
    }

    @Test
    void aTermInTheTitleOfASongOrFilmDoesNotCount() {
        assertEquals(List.of(), clusters("新年音乐会", "歌唱家演唱了《吐鲁番的葡萄熟了》，观众报以热烈掌声。"));
    }

    @Test
    void aCompanyNameWithAnIndustryWordIsNoTagForAGovernanceNotice() {
        assertEquals(List.of(), clusters("关于董事辞职的公告",
                "新疆某天然气股份有限公司董事会收到董事的书面辞职报告，辞职后不再担任公司任何职务。"));
    }

    @Test
    void textWithSpacesBetweenItsCharactersIsClassifiedLikeTheSameTextWithout() {
        String spaced = "和 田 地 区 新 建 的 两 座 蛋 鸡 养 殖 场 投 产 ， 鸡 蛋 自 给 率 提 高 到 80% 。";
        assertEquals(List.of("livestock"), clusters("", spaced));
        assertEquals(clusters("", spaced.replace(" ", "")), clusters("", spaced));
    }

    @Test
    void weakTermsAloneNeverAssign() {
        String text = "农业农民丰收，种植面积扩大，播种和灌溉用上滴灌，农机下地，亩产提高，农产品销售旺。".repeat(3);
        assertEquals(List.of(), clusters("农业丰收", text));
    }

    @Test
    void tagsCarryScoreAndEvidenceStrongestFirst() {
        Classification result = CLASSIFIER.classify("长绒棉丰收",
                "阿克苏长绒棉喜获丰收，棉农忙着交售籽棉，轧花厂开足马力加工皮棉。");
        ClusterTag tag = result.clusters().get(0);
        assertEquals("cotton-textile", tag.id());
        assertEquals("棉花和纺织服装", tag.name());
        assertEquals("长绒棉", tag.evidence().get(0));
        assertTrue(tag.evidence().containsAll(List.of("棉农", "籽棉", "轧花厂", "皮棉")), tag.evidence()::toString);
        assertTrue(tag.score() >= 6.0, () -> "score " + tag.score());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "兵团第八师石河子市新建奶牛牧场，奶源供应乌鲁木齐。      | 兵团 第八师 石河子 乌鲁木齐",
        "巴州和库尔勒市的香梨、哈密市的哈密瓜都卖得好。          | 巴音郭楞 库尔勒 哈密",
        "库尔勒香梨和哈密瓜是水果，不是地名。                    | ''",
        "伊犁哈萨克自治州昭苏县的油菜花开了，和田地区核桃丰收。  | 伊犁 昭苏 和田",
        "他和田野里的朋友一起去了北京。                          | ''",
    })
    void regionsAreTheXinjiangPlacesInOrderOfFirstMention(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(want, CLASSIFIER.classify("", text).regions());
    }

    @Test
    void regionIsNotAGateOnClusters() {
        Classification result = CLASSIFIER.classify("山东光伏电站并网",
                "山东一座光伏电站全容量并网，光伏组件由本省企业供应，年发电量可观。");
        assertEquals(List.of("new-energy"), result.clusters().stream().map(ClusterTag::id).toList());
        assertEquals(List.of(), result.regions());
    }

    @Test
    void traditionalAndFullWidthInputIsClassifiedLikeSimplified() {
        Classification traditional = CLASSIFIER.classify("風電項目併網",
                "哈密風電場新增風電機組５０台，光伏電站同步建設，新能源裝機突破１０００萬千瓦。");
        Classification simplified = CLASSIFIER.classify("风电项目并网",
                "哈密风电场新增风电机组50台，光伏电站同步建设，新能源装机突破1000万千瓦。");
        assertEquals(simplified, traditional);
        assertEquals("new-energy", traditional.clusters().get(0).id());
    }

    @Test
    void keywordsAreAHandfulOfContentWords() {
        Classification result = CLASSIFIER.classify("阿克苏冰糖心苹果进入采摘期",
                "阿克苏地区的果园里，冰糖心苹果进入采摘期。果农介绍，今年苹果挂果率高、糖度足，"
                        + "收购商提前上门订货，果品供不应求。公司和项目负责人表示将扩大冷链运输。");
        assertTrue(result.keywords().size() <= ArticleClassifier.KEYWORDS && !result.keywords().isEmpty());
        assertTrue(result.keywords().containsAll(List.of("苹果", "果农")), result.keywords()::toString);
        assertFalse(result.keywords().contains("公司") || result.keywords().contains("负责人"),
                result.keywords()::toString);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\u0000\u0000\n\n\r\n", "!!!???。。。", "English only text about wind and solar"})
    void emptyOrNonChineseTextGivesAnEmptyResult(String text) {
        Classification result = CLASSIFIER.classify(text, text);
        assertEquals(List.of(), result.clusters());
        assertEquals(List.of(), result.regions());
    }

    @Test
    void binaryGarbageDoesNotThrow() {
        byte[] bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        assertEquals(List.of(), CLASSIFIER.classify("", new String(bytes, StandardCharsets.UTF_8)).clusters());
        assertEquals(List.of(), CLASSIFIER.classify("", new String(bytes, StandardCharsets.ISO_8859_1)).clusters());
    }

    @Test
    void mixedScriptsAndEmojiAreClassified() {
        assertEquals(List.of("new-energy"), clusters("Wind 风电 😀",
                "New 风电场 and 光伏电站 in Хами 😀, 日本語のテキスト, 풍력 발전, 风电机组并网。"));
    }

    @Test
    void fiveMegabyteTextIsReadUpToTheLimitWithoutThrowing() {
        String paragraph = "准东的煤矿和露天煤矿加紧生产，原煤产量创新高，疆煤外运通道扩能。\n";
        String huge = paragraph.repeat(5_000_000 / paragraph.length() + 1);
        assertEquals(List.of("coal"), clusters("", huge));
        assertEquals(List.of("coal"), clusters("", huge.replace('\n', ' ')));
    }

    @Test
    void classifiesTheSameOnManyThreads() throws Exception {
        List<String> texts = List.of(
                "准东的燃煤电厂与光伏电站、风电场打捆外送，煤电机组调峰，煤炭就地转化。",
                "阿克苏长绒棉喜获丰收，棉农忙着交售籽棉，轧花厂开足马力加工皮棉。",
                "兵团第八师石河子市新建奶牛牧场，生鲜乳供应乳品企业，奶牛存栏过万头。",
                "葡萄牙队在比赛中获胜，葡萄牙球迷欢呼雀跃。");
        List<Classification> expected = texts.stream().map(t -> CLASSIFIER.classify("", t)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!CLASSIFIER.classify("", texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "哈密风光基地建设     | 哈密新能源基地风电机组林立，特高压输电线路把绿电送往华中，配电网和换流站同步建设。 | power-system",
        "多晶硅项目满产       | 准东的多晶硅和有机硅生产线满产，工业硅原料就近供应，铝基新材料产业园同步开工。   | manufacturing-materials",
        "煤矿智能化改造       | 露天煤矿和智能化煤矿建设提速，原煤产量增长，疆煤外运通道扩能，煤化工项目开工。   | coal",
        "喀纳斯景区游客大增   | 暑期喀纳斯景区接待游客超过百万人次，民宿一房难求，自驾游和研学旅游线路受欢迎。   | culture-tourism",
        "中欧班列开行破万列   | 霍尔果斯口岸中欧班列开行量突破万列，多式联运和跨境电商带动物流枢纽建设。         | logistics",
        "预制菜企业扩产       | 食品工业园区的预制菜和休闲食品企业扩大产能，食品加工订单饱满，面粉需求增加。     | grain-food",
        "牛羊肉和瓜果热销     | 冷鲜羊肉、牛肉和哈密瓜、葡萄在展销会上热销，养殖户和果农增收。                   | livestock-fruit-veg",
    })
    void bundled2025TaxonomyTagsItsOwnClusters(String title, String text, String expected)
            throws TaxonomyException {
        if (classifier2025 == null) {
            classifier2025 = ArticleClassifier.create(Taxonomy.loadBundled("xinjiang-2025-10"));
        }
        List<String> got = classifier2025.classify(title, text).clusters().stream().map(ClusterTag::id).sorted().toList();
        assertEquals(Arrays.asList(expected.split(" ")), got);
    }
}
