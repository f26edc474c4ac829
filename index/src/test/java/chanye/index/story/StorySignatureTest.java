package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.analysis.TestSegmenters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySignatureTest {

    private static final String ARTICLE = String.join("\n",
            "记者从塔里木油田公司获悉，去年油田全年生产油气当量突破3300万吨，连续多年保持增长。",
            "油田负责人介绍，超深层勘探取得新突破，富满油田新建产能持续释放，全年新建产能120万吨。",
            "在轮台县的联合站里，刚从地下采出的原油经过脱水、稳定处理后，通过管道输往下游炼厂。",
            "今年油田将继续加大勘探投入，推动天然气稳产增产，力争天然气产量达到340亿立方米。");

    private static StorySignature sign(String text) {
        return MinHash.sign(TestSegmenters.segmenter().words(text)).signature();
    }

    @Test
    void aTextIsWhollyLikeItselfAndItsBytesReadBackTheSame() {
        StorySignature signature = sign(ARTICLE);
        assertEquals(1.0, signature.jaccard(signature), 1e-9);
        assertEquals(1.0, signature.containment(signature), 1e-9);
        byte[] bytes = signature.toBytes();
        assertEquals(signature, StorySignature.fromBytes(bytes, 0, bytes.length));
    }

    @Test
    void aTrimmedCopyIsContainedThoughOnlyHalfAlike() {
        String firstHalf = String.join("\n", ARTICLE.lines().limit(2).toList());
        StorySignature whole = sign(ARTICLE);
        StorySignature half = sign(firstHalf);
        assertTrue(whole.jaccard(half) < 0.75, "jaccard " + whole.jaccard(half));
        assertTrue(whole.containment(half) > 0.8, "containment " + whole.containment(half));
        assertEquals(half.numberCount(), whole.numberOverlap(half).compared());
        assertEquals(1.0, whole.numberOverlap(half).share(), 1e-9);
    }

    @Test
    void anotherArticleIsNeitherAlikeNorContained() {
        StorySignature other = sign("准东经济技术开发区的煤制气项目一期工程正式投产，年产天然气二十亿立方米。"
                + "项目采用国产化气化炉，煤炭就地转化率进一步提高，产品经管道送往内地。");
        assertTrue(sign(ARTICLE).jaccard(other) < 0.1);
        assertTrue(sign(ARTICLE).containment(other) < 0.2);
    }

    @Test
    void figuresAreComparedUpToTheSketchesCutOff() {
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < 3 * StorySignature.NUMBERS_KEPT; i++) {
            figures.add("第" + (1000 + i) + "号");
        }
        StorySignature many = sign(String.join("，", figures));
        assertEquals(figures.size(), many.numberCount());
        StorySignature.NumberOverlap itself = many.numberOverlap(many);
        assertEquals(StorySignature.NUMBERS_KEPT, itself.compared());
        assertEquals(1.0, itself.share(), 1e-9);
        StorySignature.NumberOverlap none = many.numberOverlap(sign("全年产量同比增长"));
        assertEquals(0, none.compared());
        assertEquals(1.0, none.share(), 1e-9);
    }

    @Test
    void bytesOfAnotherLengthAreNotASignature() {
        byte[] bytes = sign(ARTICLE).toBytes();
        assertThrows(IllegalArgumentException.class, () -> StorySignature.fromBytes(bytes, 0, bytes.length - 1));
        assertThrows(IllegalArgumentException.class, () -> StorySignature.fromBytes(new byte[8], 0, 8));
    }
}
