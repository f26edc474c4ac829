package chanye.classifier.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a taxonomy file.
 *
 * <h2>Taxonomy file format</h2>
 * A taxonomy is one UTF-8 JSON object:
 * <pre>{@code
 * {
 *   "name": "xinjiang-8",                 // required: a short name
 *   "title": "新疆八大产业集群(2022)",      // optional: for people
 *   "threshold": 6.0,                     // optional: default score a cluster needs (6.0 = two strong terms)
 *   "traps": ["煤气", "棉花糖", "葡萄牙"],   // optional: words that contain a term but mean something else
 *   "clusters": [                         // required, at least one
 *     {
 *       "id": "coal",                     // required: lower-case ASCII letters, digits and '-', unique
 *       "name": "煤炭煤电煤化工",           // required: the Chinese name, unique
 *       "threshold": 6.0,                 // optional: overrides the file's threshold for this cluster
 *       "strong": ["煤炭", "煤制气"],       // required, at least one: terms that point to the cluster
 *       "weak": ["煤", "电厂"]              // optional: terms that only support it
 *     }
 *   ]
 * }
 * }</pre>
 * Terms are matched against whole words of the segmented text, after traditional characters and full-width forms
 * are normalised, so write them in simplified characters. A strong term counts three times a weak one; a term in
 * the title counts 2.5 times, in the lead paragraph 1.5 times. Weak terms never tag a text on their own. Unknown
 * keys are rejected so that a misspelt key does not silently drop terms.
 */
public final class TaxonomyReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP_KEYS = Set.of("name", "title", "threshold", "traps", "clusters");
    private static final Set<String> CLUSTER_KEYS = Set.of("id", "name", "threshold", "strong", "weak");

    private TaxonomyReader() {
    }

    /**
     * Reads a taxonomy.
     *
     * @param in     the JSON document; not closed
     * @param source what the document is, for error messages, e.g. {@code taxonomy file my.json}
     * @throws TaxonomyException starting with {@code source}, saying what is wrong and where
     */
    public static Taxonomy read(InputStream in, String source) throws TaxonomyException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TaxonomyException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TaxonomyException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TaxonomyException(source + ": must hold one JSON object with \"name\" and \"clusters\"");
        }
        checkKeys(root, TOP_KEYS, source, source);
        String name = text(root, "name", source, source);
        double threshold = threshold(root, Cluster.DEFAULT_THRESHOLD, source, source);
        List<String> traps = terms(root, "traps", false, source, source);
        JsonNode clusters = root.get("clusters");
        if (clusters == null || !clusters.isArray() || clusters.isEmpty()) {
            throw new TaxonomyException(source + ": \"clusters\" must be a non-empty list");
        }
        List<Cluster> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = cluster(clusters.get(i), i, threshold, source);
            if (!ids.add(cluster.id())) {
                throw new TaxonomyException(source + ": cluster id '" + cluster.id() + "' appears twice");
            }
            if (!names.add(cluster.name())) {
                throw new TaxonomyException(source + ": cluster name '" + cluster.name() + "' appears twice");
            }
            read.add(cluster);
        }
        return new Taxonomy(name, read, traps);
    }

    private static Cluster cluster(JsonNode node, int index, double defaultThreshold, String source)
            throws TaxonomyException {
        String where = "clusters[" + index + "]";
        if (!node.isObject()) {
            throw new TaxonomyException(source + ": " + where + " must be an object");
        }
        JsonNode idNode = node.get("id");
        if (idNode != null && idNode.isTextual()) {
            where += " (" + idNode.asText() + ")";
        }
        checkKeys(node, CLUSTER_KEYS, source, where);
        String id = text(node, "id", source, where);
        if (!ID.matcher(id).matches()) {
            throw new TaxonomyException(source + ": " + where
                    + ": id must be lower-case ASCII letters, digits and '-', e.g. new-energy");
        }
        String name = text(node, "name", source, where);
        double threshold = threshold(node, defaultThreshold, source, where);
        List<String> strong = terms(node, "strong", true, source, where);
        List<String> weak = terms(node, "weak", false, source, where);
        for (String term : weak) {
            if (strong.contains(term)) {
                throw new TaxonomyException(source + ": " + where + ": '" + term + "' is both strong and weak");
            }
        }
        return new Cluster(id, name, strong, weak, threshold);
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String source, String where)
            throws TaxonomyException {
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new TaxonomyException(source + ": " + where + ": unknown key \"" + key + "\"; allowed are "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String text(JsonNode node, String key, String source, String where) throws TaxonomyException {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TaxonomyException(source + ": " + where + ": \"" + key + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static double threshold(JsonNode node, double fallback, String source, String where)
            throws TaxonomyException {
        JsonNode value = node.get("threshold");
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || !(value.asDouble() > 0)) {
            throw new TaxonomyException(source + ": " + where + ": \"threshold\" must be a positive number");
        }
        return value.asDouble();
    }

    private static List<String> terms(JsonNode node, String key, boolean required, String source, String where)
            throws TaxonomyException {
        JsonNode value = node.get(key);
        if (value == null && !required) {
            return List.of();
        }
        if (value == null || !value.isArray() || (required && value.isEmpty())) {
            throw new TaxonomyException(source + ": " + where + ": \"" + key + "\" must be a "
                    + (required ? "non-empty " : "") + "list of terms");
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode term = value.get(i);
            if (!term.isTextual() || term.asText().isBlank() || term.asText().strip().contains(" ")) {
                throw new TaxonomyException(source + ": " + where + ": " + key + "[" + i + "] must be one word, got "
                        + term);
            }
            terms.add(term.asText().strip());
        }
        return terms;
    }
}
