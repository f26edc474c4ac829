package chanye.index.schema;

import chanye.classifier.ClusterTag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/** Cluster tags as the JSON array the index stores: {@code [{"id":..,"name":..,"score":..,"evidence":[..]}]}. */
final class ClusterTagsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<ClusterTag>> TAG_LIST = new TypeReference<>() {
    };

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
            return MAPPER.readValue(json, TAG_LIST);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored cluster tags are not valid JSON: " + json, e);
        }
    }
}
