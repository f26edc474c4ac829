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
 */
public record SearchHit(String url, String title, OffsetDateTime publishTime, String site, String source,
                        List<String> clusters, float score, String snippet, String highlightedTitle,
                        List<ClusterTag> clusterTags) {

    public SearchHit {
        clusters = List.copyOf(clusters);
        clusterTags = List.copyOf(clusterTags);
        snippet = Objects.requireNonNullElse(snippet, "");
        highlightedTitle = Objects.requireNonNullElse(highlightedTitle, "");
    }

    /** A hit with the contract's fields only: the title is its own highlight and no cluster details are known. */
    public SearchHit(String url, String title, OffsetDateTime publishTime, String site, String source,
                     List<String> clusters, float score, String snippet) {
        this(url, title, publishTime, site, source, clusters, score, snippet, title, List.of());
    }
}
