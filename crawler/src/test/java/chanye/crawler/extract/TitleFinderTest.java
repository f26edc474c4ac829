package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            光伏组件产能创新高_财经频道_江城新闻网        | 光伏组件产能创新高
            数控机床订单回暖 - 潮汐财经 - 潮汐网          | 数控机床订单回暖
            储能电站并网容量创新高｜能源周刊              | 储能电站并网容量创新高
            中国-东盟博览会开幕                        | 中国-东盟博览会开幕
            新能源汽车下乡—2023年第一批车型目录_工信部网站 | 新能源汽车下乡—2023年第一批车型目录
            没有后缀的标题                              | 没有后缀的标题
            """)
    void cutsSiteNameSuffixes(String title, String expected) {
        assertEquals(expected, TitleFinder.withoutSiteSuffix(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            logo h1 loses to the headline | <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><h1>潮汐网</h1><h1>钢铁行业超低排放改造提速</h1> | 钢铁行业超低排放改造提速
            og:title backs a heading      | <meta property="og:title" content="钢铁行业超低排放改造提速"><title>首页</title></head><body><h2>钢铁行业超低排放改造提速</h2> | 钢铁行业超低排放改造提速
            unrelated heading is ignored  | <title>钢铁行业超低排放改造提速 - 潮汐网</title></head><body><h1>今日要闻</h1> | 钢铁行业超低排放改造提速
            heading with player text      | <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><h1><span>钢铁行业超低排放改造提速</span><div>播报文章</div></h1> | 钢铁行业超低排放改造提速
            heading with a subtitle       | <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><h1>钢铁行业超低排放改造提速：三年完成八成产能</h1> | 钢铁行业超低排放改造提速：三年完成八成产能
            plain line repeats the title  | <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><div><a href='/'>潮汐网</a></div><div>钢铁行业超低排放改造提速</div> | 钢铁行业超低排放改造提速
            no declared title             | </head><body><h1>潮汐网</h1><h1>钢铁行业超低排放改造提速</h1> | 钢铁行业超低排放改造提速
            title is only the site name   | <title>潮汐网</title></head><body><h1>钢铁行业超低排放改造提速</h1> | 钢铁行业超低排放改造提速
            short title and no h1         | <title>潮汐网</title></head><body><h2>今日要闻</h2> | 潮汐网
            no declared title nor h1      | </head><body><h2>钢铁行业超低排放改造提速</h2> | ''
            """)
    void choosesTheHeadlineTheDeclaredTitlesAgreeWith(String name, String html, String expected) {
        Document document = Jsoup.parse("<html><head>" + html + "</body></html>");

        assertEquals(expected, TitleFinder.find(document, PageText.of(document)).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            heading over the body  | <h1>潮汐网</h1><div><h2>钢铁行业超低排放改造提速</h2><p>正文第一段，带有标点。</p></div> | 钢铁行业超低排放改造提速
            first heading          | <h1>潮汐网</h1><p>正文第一段，带有标点。</p>                                    | 潮汐网
            no heading             | <p>正文第一段，带有标点。</p>                                                | ''
            """)
    void withoutADeclaredTitleTakesTheHeadingNearestAboveTheBody(String name, String html, String expected) {
        Document document = Jsoup.parse("<html><head></head><body>" + html + "</body></html>");
        PageText page = PageText.of(document);
        int firstProse = page.lines().size() - 1;

        assertEquals(expected, TitleFinder.nearestHeading(page, firstProse).title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><h1>钢铁行业超低排放改造提速</h1>  | true
            <title>钢铁行业超低排放改造提速_潮汐网</title></head><body><div>钢铁行业超低排放改造提速</div> | true
            <title>潮汐网-新闻门户</title></head><body><h2>今日要闻</h2>                                 | false
            """)
    void confirmsAHeadlineTheTextAndTheDeclaredTitleShare(String html, boolean confirmed) {
        Document document = Jsoup.parse("<html><head>" + html + "</body></html>");

        assertEquals(confirmed, TitleFinder.find(document, PageText.of(document)).confirmed());
    }
}
