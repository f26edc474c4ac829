package chanye.index;

import chanye.classifier.ClusterTag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article as the index stores it: the extracted text, its provenance and its classification.
 *
 * @param url         the document's id
 * @param site        the URL's host
 * @param title       the headline
 * @param body        the article text, paragraphs separated by {@code \n}
 * @param source      the 来源, or {@code null}
 * @param author      the author, or {@code null}
 * @param publishTime the publish time, or {@code null}
 * @param crawlTime   when the page was fetched
 * @param clusters    the clusters with their scores and evidence
 * @param keywords    the article's keywords
 * @param regions     the Xinjiang places the article mentions
 */
public record IndexedArticle(String url, String site, String title, String body, String source, String author,
                             OffsetDateTime publishTime, Instant crawlTime, List<ClusterTag> clusters,
                             List<String> keywords, List<String> regions) {

    public IndexedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(crawlTime, "crawlTime");
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        clusters = List.copyOf(clusters);
        keywords = List.copyOf(keywords);
        regions = List.copyOf(regions);
    }

    /** This article with another classification, as when it is re-tagged with another taxonomy. */
    public IndexedArticle withClassification(List<ClusterTag> clusters, List<String> keywords, List<String> regions) {
        return new IndexedArticle(url, site, title, body, source, author, publishTime, crawlTime, clusters, keywords,
                regions);
    }
}
