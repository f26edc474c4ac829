package chanye.index.analysis;

import chanye.classifier.segment.Segmenter;
import java.util.List;

/** The one segmenter the index tests share: HanLP plus a handful of cluster terms. */
public final class TestSegmenters {

    /** Cluster terms that must come out whole. */
    public static final List<String> DOMAIN_TERMS =
            List.of("新能源新材料", "新能源", "新材料", "塔里木油田", "风电", "光伏", "长绒棉", "煤制气", "多晶硅");

    private static final Segmenter SEGMENTER = new Segmenter(DOMAIN_TERMS);

    private TestSegmenters() {
    }

    /** The shared segmenter (building one loads dictionaries, so tests reuse it). */
    public static Segmenter segmenter() {
        return SEGMENTER;
    }
}
