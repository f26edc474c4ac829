package chanye.index.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;

/**
 * How the local index inverts the text of its {@link FieldKind#WORDS word} and {@link FieldKind#BIGRAMS bigram}
 * fields. The word fields keep each token's offsets, which the highlighter reads from their postings. The bigram
 * fields keep positions (phrases of pairs) but no offsets: no snippet reads them, since pairs of characters are not
 * marked and a lone character's pairs are marked from its text analysed again, and writing them took about an
 * eighth of the writer's work.
 *
 * <p>Lucene refuses a document that indexes a field otherwise than the index already does, so an index whose bigram
 * fields were written with offsets (by versions before this one) goes on writing them with offsets: see
 * {@link #matching}.
 */
public final class TextFieldTypes {

    /** The field types of a new index. */
    public static final TextFieldTypes NEW_INDEX = new TextFieldTypes(Map.of());

    private static final IndexOptions WITH_OFFSETS = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    private static final IndexOptions WITHOUT_OFFSETS = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;

    private static final FieldType STORED_WORDS = textType(true, WITH_OFFSETS);
    private static final FieldType UNSTORED_WORDS = textType(false, WITH_OFFSETS);
    private static final FieldType BIGRAMS = textType(false, WITHOUT_OFFSETS);
    private static final FieldType BIGRAMS_WITH_OFFSETS = textType(false, WITH_OFFSETS);

    /** The bigram fields that an existing index holds with offsets, and so keeps writing with offsets. */
    private final Map<String, FieldType> bigramsKept;

    private TextFieldTypes(Map<String, FieldType> bigramsKept) {
        this.bigramsKept = bigramsKept;
    }

    /**
     * The field types that documents added to the index with {@code existing} field infos must have: those of a
     * {@linkplain #NEW_INDEX new index}, but for each bigram field the index already holds with offsets.
     */
    public static TextFieldTypes matching(FieldInfos existing) {
        Objects.requireNonNull(existing, "existing");
        Map<String, FieldType> kept = new HashMap<>();
        for (SchemaField field : ArticleSchema.FIELDS) {
            FieldInfo info = existing.fieldInfo(field.name());
            if (field.kind() == FieldKind.BIGRAMS && info != null && info.getIndexOptions() == WITH_OFFSETS) {
                kept.put(field.name(), BIGRAMS_WITH_OFFSETS);
            }
        }
        return kept.isEmpty() ? NEW_INDEX : new TextFieldTypes(Map.copyOf(kept));
    }

    /** The type of a word or bigram field's text, stored when the schema says so. */
    FieldType text(SchemaField field) {
        return field.kind() == FieldKind.WORDS && field.stored() ? STORED_WORDS : tokens(field);
    }

    /** The type of a word or bigram field's tokens, never stored (a stream of tokens cannot be). */
    FieldType tokens(SchemaField field) {
        if (field.kind() == FieldKind.WORDS) {
            return UNSTORED_WORDS;
        }
        if (field.kind() != FieldKind.BIGRAMS) {
            throw new IllegalArgumentException(field.name() + " is not a text field");
        }
        return bigramsKept.getOrDefault(field.name(), BIGRAMS);
    }

    /** Whether documents of this index keep the offsets of {@code field}'s tokens in its postings. */
    public boolean offsets(String field) {
        return tokens(ArticleSchema.field(field)).indexOptions() == WITH_OFFSETS;
    }

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
