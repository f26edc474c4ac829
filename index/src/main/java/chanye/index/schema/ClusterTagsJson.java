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
    private static final String HEX = "0123456789ABCDEF";
    /** Reads the tag list with its deserializer resolved once, not per document (an export reads every one). */
    private static final ObjectReader TAG_LIST = MAPPER.readerFor(new TypeReference<List<ClusterTag>>() {
    });

    private ClusterTagsJson() {
    }

    /**
     * The tags as the JSON array Jackson writes for them, character for character (every index stores it), but
     * written here: Jackson's serializers cost the crawl's compiler many calls per tag. A score is written as
     * {@link Double#toString(double)} gives it, in quotes when it is not a finite number; a string escapes its quote,
     * backslash and control characters as Jackson does.
     */
    static String write(List<ClusterTag> tags) {
        StringBuilder json = new StringBuilder(64 * tags.size() + 2).append('[');
        for (int i = 0; i < tags.size(); i++) {
            ClusterTag tag = tags.get(i);
            json.append(i == 0 ? "{\"id\":" : ",{\"id\":");
            string(json, tag.id());
            json.append(",\"name\":");
            string(json, tag.name());
            json.append(",\"score\":");
            double score = tag.score();
            if (Double.isFinite(score)) {
                json.append(score);
            } else {
                json.append('"').append(score).append('"');
            }
            json.append(",\"evidence\":[");
            List<String> evidence = tag.evidence();
            for (int e = 0; e < evidence.size(); e++) {
                if (e > 0) {
                    json.append(',');
                }
                string(json, evidence.get(e));
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    /** Appends {@code text} as a JSON string, escaped as Jackson escapes it. */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                json.append(c);
            } else {
                json.append('\\');
                switch (c) {
                    case '"', '\\' -> json.append(c);
                    case '\b' -> json.append('b');
                    case '\t' -> json.append('t');
                    case '\f' -> json.append('f');
                    case '\n' -> json.append('n');
                    case '\r' -> json.append('r');
                    default -> json.append("u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
                }
            }
        }
        json.append('"');
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
