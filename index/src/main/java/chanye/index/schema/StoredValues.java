package chanye.index.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * The stored text values of some fields of one document, by field name: what {@link ArticleSchema#article} reads,
 * without a Lucene {@link org.apache.lucene.document.Document} of field objects in between (an export reads every
 * matching document). A visitor for one document.
 */
public final class StoredValues extends StoredFieldVisitor {

    private final Set<String> fields;
    private final Map<String, List<String>> values = new HashMap<>();

    /** A visitor keeping the values of {@code fields}. */
    public StoredValues(Set<String> fields) {
        this.fields = fields;
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
        return fields.contains(fieldInfo.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
        values.computeIfAbsent(fieldInfo.name, name -> new ArrayList<>(1)).add(value);
    }

    /** The values of {@code field}, in the order stored; empty when it has none. */
    public List<String> get(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** The first value of {@code field}, or {@code null}. */
    public String first(String field) {
        List<String> all = get(field);
        return all.isEmpty() ? null : all.get(0);
    }
}
