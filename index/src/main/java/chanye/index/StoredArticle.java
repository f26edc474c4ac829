package chanye.index;

import java.util.Objects;

/**
 * An article as the index holds it, with the story it was given.
 *
 * @param article the article
 * @param story   its story id, or {@code null} for an article indexed before stories were
 */
public record StoredArticle(IndexedArticle article, String story) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }
}
