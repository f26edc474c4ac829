package chanye.cli.site;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One synthetic news article from {@link ArticleTextGenerator}.
 *
 * @param title       the headline
 * @param body        the text, paragraphs separated by {@code \n}
 * @param publishTime the publish time, at +08:00
 * @param source      the 来源
 * @param author      the reporter
 * @param cluster     the cluster id the text was written around (such as {@code coal}), or an empty string for an
 *                    article about none of the clusters
 */
public record GeneratedArticle(String title, String body, OffsetDateTime publishTime, String source, String author,
                               String cluster) {

    public GeneratedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishTime, "publishTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(cluster, "cluster");
    }
}
