package chanye.index.schema;

import java.util.Objects;

/**
 * One field of the article schema.
 *
 * @param name        the field's name in every backend
 * @param kind        how it is indexed
 * @param stored      whether its values are kept to be shown or read back
 * @param multiValued whether a document may hold several values
 * @param facet       whether values are counted per value over the matches of a search (doc values)
 * @param source      for {@link FieldKind#BIGRAMS}, the field whose text it indexes; else {@code null}
 */
public record SchemaField(String name, FieldKind kind, boolean stored, boolean multiValued, boolean facet,
                          String source) {

    public SchemaField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == FieldKind.BIGRAMS) != (source != null)) {
            throw new IllegalArgumentException(name + ": a bigram field, and only one, names its source field");
        }
        if (facet && kind != FieldKind.KEYWORD) {
            throw new IllegalArgumentException(name + ": only keyword fields are facets");
        }
    }
}
