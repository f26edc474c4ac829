package chanye.crawler.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTextTest {

    @Test
    void splitsLinesAtBlocksAndBreaksButNotAtInlineElements() {
        PageText page = walk("<div><p>第一段，<b>加粗</b>和<a href='#'>链接</a>同在一行。</p>第二行<br>第三行"
                + "<ul><li>列表项</li></ul></div>");

        assertEquals(List.of("第一段，加粗和链接同在一行。", "第二行", "第三行", "列表项"), texts(page));
        TextLine first = page.lines().get(0);
        assertEquals(2, first.linkChars());
        assertEquals(14, first.chars());
        assertEquals("p", first.owner().normalName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script           | <script>var a = '不可见';</script>
            style            | <style>.x{content:'不可见'}</style>
            display none     | <div style='display: none'>不可见</div>
            hidden attribute | <div hidden>不可见</div>
            nav              | <nav><a href='/'>不可见</a></nav>
            footer           | <footer>不可见</footer>
            head title       | <title>不可见</title>
            """)
    void skipsInvisibleParts(String name, String html) {
        PageText page = walk(html + "<p>可见的文字。</p>");

        assertEquals(List.of("可见的文字。"), texts(page));
    }

    @Test
    void notesWhatItsInlineStyleHidesAndReadsItWhenLifted() {
        Document document = Jsoup.parse("<div id='a' style='visibility: hidden'><p>脚本显示的正文。</p>"
                + "<p style='display:none'>一直隐藏。</p></div><div id='b' style='opacity:0;'>淡入的文字。</div>"
                + "<div style='opacity: 0.5'>半透明也可见。</div><div hidden>属性隐藏。</div>");
        Element a = document.getElementById("a");

        PageText hidden = PageText.of(document);
        PageText lifted = PageText.of(document, Set.of(), Set.of(a));

        assertEquals(List.of("半透明也可见。"), texts(hidden));
        assertEquals(List.of(a, document.getElementById("b")), hidden.concealed());
        assertEquals(List.of("脚本显示的正文。", "半透明也可见。"), texts(lifted));
    }

    @Test
    void givesARowOfShortInlineCellsAsOneLineAndALayoutTableAsBefore() {
        PageText page = walk("<table><tr><th>年份</th><th>产量</th><td></td></tr><tr><td>2023</td><td><b>2.4</b>亿吨</td></tr>"
                + "<tr><td>来源：</td><td>市统计局</td></tr></table>"
                + "<table><tr><td><p>版式表格的正文，一段一行。</p><p>第二段。</p></td><td>侧栏</td></tr></table>");

        assertEquals(List.of("年份 | 产量", "2023 | 2.4亿吨", "来源： 市统计局", "版式表格的正文，一段一行。", "第二段。", "侧栏"),
                texts(page));
        assertEquals("tr", page.lines().get(0).owner().normalName());
    }

    @Test
    void givesEveryBlockTheRangeOfItsLines() {
        Document document = Jsoup.parse("<div id='a'><p>一</p><div id='b'><p>二</p><p>三</p></div></div><p>四</p>");
        PageText page = PageText.of(document);

        Block a = page.blockOf(document.getElementById("a"));
        Block b = page.blockOf(document.getElementById("b"));

        assertEquals(0, a.start());
        assertEquals(3, a.end());
        assertEquals(1, b.start());
        assertEquals(3, b.end());
        assertTrue(b.within(a));
        assertFalse(a.within(b));
        assertEquals(a.depth() + 1, b.depth());
    }

    @Test
    void marksLinesInsideBoilerplateAndHeadings() {
        PageText page = walk("<h1>标题</h1><div class='share-bar'><p>分享到</p></div><p>正文，有标点。</p>");

        assertTrue(page.lines().get(0).heading());
        assertTrue(page.lines().get(1).noiseDepth() >= 0);
        assertEquals(-1, page.lines().get(2).noiseDepth());
    }

    @Test
    void collectsMetadataElementsFromHeadAndBody() {
        PageText page = walk("<meta name='pubdate' content='2023-02-10'><script type='application/ld+json'>{}</script>"
                + "<p>正文<time datetime='2023-02-10'>今天</time></p>");

        assertEquals(List.of("meta", "script", "time"),
                page.declarations().stream().map(e -> e.normalName()).toList());
    }

    @Test
    void countsProseCharactersInRanges() {
        PageText page = walk("<p>这是一段正文，带有标点。</p><p><a href='#'>一条链接标题，带逗号</a></p><p>短行</p>");

        assertEquals(12, page.proseChars(0, 3));
        assertEquals(0, page.proseChars(1, 3));
        assertEquals(1, page.linkLines());
    }

    private static PageText walk(String html) {
        return PageText.of(Jsoup.parse(html));
    }

    private static List<String> texts(PageText page) {
        return page.lines().stream().map(TextLine::text).toList();
    }
}
