package chanye.classifier.taxonomy;

import static java.nio.charset.StandardCharsets.UTF_8;

import chanye.classifier.io.ByteOrderMark;
import chanye.classifier.json.JsonErrors;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * and repeated keys are rejected so that a misspelt key does not silently drop terms.
 *
 * <p>The file is read as a stream of JSON tokens, which keeps start-up short and lets every error name its line
 * and column.
 */
public final class TaxonomyReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String ONE_OBJECT = "expected one JSON object with \"name\" and \"clusters\"";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP_KEYS = Set.of("name", "title", "threshold", "traps", "clusters");
    private static final Set<String> CLUSTER_KEYS = Set.of("id", "name", "threshold", "strong", "weak");

    private final JsonParser parser;
    private final String source;

    private TaxonomyReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /**
     * Reads a taxonomy.
     *
     * @param in     the UTF-8 JSON document, with or without a byte order mark; not closed
     * @param source what the document is, for error messages, e.g. {@code taxonomy file my.json}
     * @throws TaxonomyException one line: {@code source}, the line and column, and what is wrong there
     */
    public static Taxonomy read(InputStream in, String source) throws TaxonomyException {
        String text;
        try {
            text = UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new TaxonomyException(source + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new TaxonomyException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
        text = ByteOrderMark.strip(text);
        if (text.isBlank()) {
            throw new TaxonomyException(source + ": empty file, " + ONE_OBJECT);
        }
        try (JsonParser parser = JSON.createParser(text)) {
            return new TaxonomyReader(parser, source).taxonomy();
        } catch (JsonProcessingException e) {
            throw new TaxonomyException(source + ": " + where(e.getLocation()) + "not valid JSON: "
                    + JsonErrors.reason(e), e);
        } catch (TaxonomyException e) {
            throw e;
        } catch (IOException e) {
            throw new TaxonomyException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** A cluster as read, before the file's default threshold is known. */
    private record Draft(String id, String name, Double threshold, List<String> strong, List<String> weak) {
    }

    private Taxonomy taxonomy() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw error(ONE_OBJECT);
        }
        String name = null;
        Double threshold = null;
        List<String> traps = List.of();
        List<Draft> drafts = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(TOP_KEYS, "");
            parser.nextToken();
            switch (key) {
                case "name" -> name = text("name", "");
                case "title" -> text("title", "");
                case "threshold" -> threshold = threshold("");
                case "traps" -> traps = terms("traps", "");
                default -> drafts = clusters();
            }
        }
        if (name == null) {
            throw error("\"name\" must be a non-empty string");
        }
        if (drafts == null) {
            throw error("\"clusters\" must be a non-empty list");
        }
        if (parser.nextToken() != null) {
            throw error("unexpected content after the taxonomy object");
        }
        double fallback = threshold == null ? Cluster.DEFAULT_THRESHOLD : threshold;
        List<Cluster> clusters = new ArrayList<>();
        for (Draft d : drafts) {
            double own = d.threshold() == null ? fallback : d.threshold();
            clusters.add(new Cluster(d.id(), d.name(), d.strong(), d.weak(), own));
        }
        return new Taxonomy(name, clusters, traps);
    }

    private List<Draft> clusters() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error("\"clusters\" must be a non-empty list");
        }
        List<Draft> drafts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Draft draft = cluster(drafts.size());
            if (!ids.add(draft.id())) {
                throw error("cluster id '" + draft.id() + "' appears twice");
            }
            if (!names.add(draft.name())) {
                throw error("cluster name '" + draft.name() + "' appears twice");
            }
            drafts.add(draft);
        }
        if (drafts.isEmpty()) {
            throw error("\"clusters\" must be a non-empty list");
        }
        return drafts;
    }

    private Draft cluster(int index) throws IOException {
        String where = "clusters[" + index + "]: ";
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(where + "must be an object");
        }
        String id = null;
        String name = null;
        Double threshold = null;
        List<String> strong = null;
        List<String> weak = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(CLUSTER_KEYS, where);
            parser.nextToken();
            switch (key) {
                case "id" -> {
                    id = text("id", where);
                    where = "clusters[" + index + "] (" + id + "): ";
                    if (!ID.matcher(id).matches()) {
                        throw error(where + "id must be lower-case ASCII letters, digits and '-', e.g. new-energy");
                    }
                }
                case "name" -> name = text("name", where);
                case "threshold" -> threshold = threshold(where);
                case "strong" -> strong = terms("strong", where);
                default -> weak = terms("weak", where);
            }
        }
        if (id == null) {
            throw error(where + "\"id\" must be a non-empty string");
        }
        if (name == null) {
            throw error(where + "\"name\" must be a non-empty string");
        }
        if (strong == null || strong.isEmpty()) {
            throw error(where + "\"strong\" must be a non-empty list of terms");
        }
        for (String term : weak) {
            if (strong.contains(term)) {
                throw error(where + "'" + term + "' is both strong and weak");
            }
        }
        return new Draft(id, name, threshold, strong, weak);
    }

    private String key(Set<String> allowed, String where) throws IOException {
        String key = parser.currentName();
        if (!allowed.contains(key)) {
            throw error(where + "unknown key \"" + key + "\"; allowed are " + allowed.stream().sorted().toList());
        }
        return key;
    }

    private String text(String key, String where) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
            throw error(where + "\"" + key + "\" must be a non-empty string");
        }
        return parser.getText().strip();
    }

    private double threshold(String where) throws IOException {
        if (!parser.currentToken().isNumeric() || !(parser.getDoubleValue() > 0)) {
            throw error(where + "\"threshold\" must be a positive number");
        }
        return parser.getDoubleValue();
    }

    private List<String> terms(String key, String where) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(where + "\"" + key + "\" must be a list of terms");
        }
        List<String> terms = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String term = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText().strip() : "";
            if (term.isEmpty() || term.contains(" ")) {
                throw error(where + key + "[" + terms.size() + "] must be one word, got " + describe());
            }
            terms.add(term);
        }
        return terms;
    }

    private String describe() throws IOException {
        return parser.currentToken().isStructStart() ? "a " + parser.currentToken().asString() + "..." : parser.getText();
    }

    /** An error at the token the parser is on. */
    private TaxonomyException error(String message) {
        return new TaxonomyException(source + ": " + where(parser.currentTokenLocation()) + message);
    }
}
