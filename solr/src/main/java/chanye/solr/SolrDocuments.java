package chanye.solr;

import chanye.index.IndexedArticle;
import chanye.index.schema.ArticleSchema;
import chanye.index.schema.FieldKind;
import chanye.index.schema.SchemaField;
import chanye.index.story.StoryFields;
import chanye.solr.configset.SchemaXml;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns an {@link IndexedArticle} into a Solr document of the generated schema, and back, with the values
 * {@link ArticleSchema} gives: the bigram fields are left to the schema's copy fields, and a time also goes to its
 * milliseconds twin.
 */
final class SolrDocuments {

    private SolrDocuments() {
    }

    static SolrInputDocument toSolr(IndexedArticle article, String contentHash, StoryFields story) {
        Map<String, List<String>> values = ArticleSchema.values(article, contentHash, story);
        SolrInputDocument doc = new SolrInputDocument();
        for (SchemaField field : ArticleSchema.FIELDS) {
            List<String> fieldValues = values.get(field.name());
            if (fieldValues == null) {
                continue;
            }
            for (String value : fieldValues) {
                doc.addField(field.name(), value);
            }
            if (field.kind() == FieldKind.TIME) {
                doc.addField(SchemaXml.millisField(field.name()),
                        OffsetDateTime.parse(fieldValues.get(0)).toInstant().toEpochMilli());
            }
        }
        return doc;
    }

    static IndexedArticle toArticle(SolrDocument doc) {
        return ArticleSchema.article(name -> strings(doc.getFieldValues(name)));
    }

    private static List<String> strings(Collection<Object> values) {
        List<String> strings = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> strings.add(String.valueOf(value)));
        }
        return strings;
    }
}
