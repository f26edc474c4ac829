package chanye.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene's own token-stream checks on the HanLP analyzer, in both modes. */
public class HanLPAnalyzerTest extends BaseTokenStreamTestCase {

    private static Analyzer index() {
        return new HanLPAnalyzer(TestSegmenters.segmenter(), HanLPAnalyzer.Mode.INDEX);
    }

    private static Analyzer query() {
        return new HanLPAnalyzer(TestSegmenters.segmenter(), HanLPAnalyzer.Mode.QUERY);
    }

    public void testQueryModeGivesCoarseWordsWithOffsets() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "新疆新能源新材料产业",
                    new String[] {"新疆", "新能源新材料", "产业"},
                    new int[] {0, 2, 8},
                    new int[] {2, 8, 10},
                    new int[] {1, 1, 1});
        }
    }

    public void testIndexModeStacksSubWordsAtTheSamePosition() throws Exception {
        try (Analyzer analyzer = index()) {
            assertAnalyzesTo(analyzer, "塔里木油田增产",
                    new String[] {"塔里木油田", "塔里木", "油田", "增产"},
                    new int[] {0, 0, 3, 5},
                    new int[] {5, 3, 5, 7},
                    null,
                    new int[] {1, 0, 0, 1},
                    null,
                    false);
        }
    }

    public void testPunctuationIsDroppedAndLeavesAPositionGap() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "光伏，风电！",
                    new String[] {"光伏", "风电"},
                    new int[] {0, 3},
                    new int[] {2, 5},
                    new int[] {1, 2});
        }
    }

    public void testOffsetsStayRightAfterWindowsLineBreaks() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "光伏电站\r\n长绒棉丰收\r\n风电",
                    new String[] {"光伏", "电站", "长绒棉", "丰收", "风电"},
                    new int[] {0, 2, 6, 9, 13},
                    new int[] {2, 4, 9, 11, 15});
        }
    }

    public void testFoldsWidthAndCase() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "ＡＩ助力Ｗｉｎｄ风电",
                    new String[] {"ai", "助力", "wind", "风电"},
                    new int[] {0, 2, 4, 8},
                    new int[] {2, 4, 8, 10});
        }
    }

    public void testDropsFunctionWords() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "棉花的产量", new String[] {"棉花", "产量"});
        }
    }

    public void testTypeIsThePartOfSpeech() throws Exception {
        try (Analyzer analyzer = query()) {
            assertAnalyzesTo(analyzer, "新疆风电", new String[] {"新疆", "风电"}, new String[] {"ns", "nz"});
        }
    }

    public void testLongInputIsSegmentedInChunksWithOffsetsIntoTheWhole() throws Exception {
        String sentence = "光伏电站并网。";
        String text = sentence.repeat(HanLPTokenizer.MAX_CHUNK / sentence.length() * 3);
        int words = 0;
        try (Analyzer analyzer = query(); TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertEquals(term.toString(), text.substring(offsets.startOffset(), offsets.endOffset()));
                words++;
            }
            stream.end();
            assertEquals(text.length(), offsets.endOffset());
        }
        assertEquals(3 * text.length() / sentence.length(), words);
    }

    public void testRandomTextInIndexMode() throws Exception {
        try (Analyzer analyzer = index()) {
            checkRandomData(random(), analyzer, 200, 20, false, false);
        }
    }

    public void testRandomTextInQueryMode() throws Exception {
        try (Analyzer analyzer = query()) {
            checkRandomData(random(), analyzer, 200);
        }
    }

    public void testRandomLongTextInIndexMode() throws Exception {
        try (Analyzer analyzer = index()) {
            checkRandomData(random(), analyzer, 10, 8192, false, false);
        }
    }
}
