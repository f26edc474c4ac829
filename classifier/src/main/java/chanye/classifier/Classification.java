package chanye.classifier;

import java.util.List;

/**
 * What the classifier says about one text.
 *
 * @param clusters the clusters the text is about, highest score first; empty when it is about none
 * @param keywords a handful of words that characterise the text
 * @param regions  the Xinjiang places the text mentions (prefectures, cities, 兵团 divisions), in order of first
 *                 mention
 */
public record Classification(List<ClusterTag> clusters, List<String> keywords, List<String> regions) {

    public Classification {
        clusters = List.copyOf(clusters);
        keywords = List.copyOf(keywords);
        regions = List.copyOf(regions);
    }
}
