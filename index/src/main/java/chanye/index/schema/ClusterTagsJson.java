package chanye.index.schema;

import chanye.classifier.ClusterTag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Cluster tags as the JSON array the index stores: {@code [{"id":..,"name":..,"score":..,"evidence":[..]}]}. */
final class ClusterTagsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reads the tag list with its deserializer resolved once, not per document (an export reads every one). */
    private static final ObjectReader TAG_LIST = MAPPER.readerFor(new TypeReference<List<ClusterTag>>() {
    });

    private ClusterTagsJson() {
    }

    static String write(List<ClusterTag> tags) {
        try {
            return MAPPER.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cluster tags cannot be written as JSON: " + tags, e);
        }
    }

    /** The tags in {@code json}; a document stored by this version always parses, so a failure means corruption. */
    static List<ClusterTag> read(String json) {
        try {
            return TAG_LIST.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored cluster tags are not valid JSON: " + json, e);
        }
    }
}
