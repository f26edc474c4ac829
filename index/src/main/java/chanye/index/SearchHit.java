package chanye.index;

import chanye.classifier.ClusterTag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One matching article, as the contract's search output shows it, plus what a richer display can use.
 *
 * @param url              the document's URL
 * @param title            the headline
 * @param publishTime      the publish time, or {@code null}
 * @param site             the host
 * @param source           the 来源, or {@code null}
 * @param clusters         the cluster ids
 * @param score            the relevance score
 * @param snippet          a passage with the matches wrapped in {@code <em>...</em>}, the rest HTML-escaped
 * @param highlightedTitle the headline with the matches wrapped in {@code <em>...</em>}, the rest HTML-escaped
 * @param clusterTags      the clusters with their names, scores and evidence, in the order of {@code clusters}
 * @param author           the author, or {@code null}
 * @param regions          the Xinjiang places the article mentions
 * @param keywords         the article's keywords
 * @param story            the id of the story the article is a copy of, or {@code null} for an article indexed
 *                         before stories were
 * @param original         whether this copy is the story's earliest published one
 * @param copies           the story's other copies, earliest published first
 */
public record SearchHit(String url, String title, OffsetDateTime publishTime, String site, String source,
                        List<String> clusters, float score, String snippet, String highlightedTitle,
                        List<ClusterTag> clusterTags, String author, List<String> regions, List<String> keywords,
                        String story, boolean original, List<StoryCopy> copies) {

    public SearchHit {
        clusters = List.copyOf(clusters);
        clusterTags = List.copyOf(clusterTags);
        snippet = Objects.requireNonNullElse(snippet, "");
        highlightedTitle = Objects.requireNonNullElse(highlightedTitle, "");
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
        copies = List.copyOf(copies);
    }

    /** How many sites other than this hit's carry a copy of its story. */
    public long otherSites() {
        return copies.stream().map(StoryCopy::site).filter(other -> !other.equals(site)).distinct().count();
    }
}
