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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *   "lists": {                            // optional: named word lists, used as "@name" in content and senses
 *     "power": ["发电", "装机", "电站"]
 *   },
 *   "content": ["产量", "项目", "@power"], // optional: words of production, trade and projects
 *   "unrelated": ["游客", "演出"],         // optional: words that make a sentence speak of something else
 *   "clusters": [                         // required, at least one
 *     {
 *       "id": "coal",                     // required: lower-case ASCII letters, digits and '-', unique
 *       "name": "煤炭煤电煤化工",           // required: the Chinese name, unique
 *       "threshold": 6.0,                 // optional: overrides the file's threshold for this cluster
 *       "strong": ["煤炭", "煤制气"],       // required, at least one: terms that point to the cluster
 *       "weak": ["煤", "电厂"],             // optional: terms that only support it
 *       "named": [                        // optional: names that point to it, with where the facts came from
 *         {"kind": "coal fields", "source": "public reports", "terms": ["库拜煤田"]}
 *       ],
 *       "senses": [                       // optional: in which context some of its terms count
 *         {"terms": ["煤"], "require": ["@power", "矿"], "veto": ["煤气"]}
 *       ],
 *       "content": ["运煤"]                // optional: content words for this cluster only
 *     }
 *   ]
 * }
 * }</pre>
 * Terms are matched against whole words of the segmented text, after traditional characters and full-width forms
 * are normalised, so write them in simplified characters. A sentence that holds a content word and no unrelated
 * word is a sentence of content for every cluster. A strong term counts three times a weak one; a term in
 * the title counts 2.5 times, in the lead paragraph 1.5 times. Weak terms never tag a text on their own. The terms
 * of {@code named} groups are strong terms. A sense rule names terms of its cluster and the words of which at least
 * one must ({@code require}), or none may ({@code veto}), stand in the same sentence for them to count; a term has
 * at most one rule. {@code "@name"} stands for the words of the list of that name. Unknown and repeated keys are
 * rejected so that a misspelt key does not silently drop terms.
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
    private static final String LIST_REFERENCE = "@";
    private static final Set<String> TOP_KEYS = Set.of("name", "title", "threshold", "traps", "lists", "content",
            "unrelated", "clusters");
    private static final Set<String> CLUSTER_KEYS = Set.of("id", "name", "threshold", "strong", "weak", "named",
            "senses", "content");
    private static final Set<String> GROUP_KEYS = Set.of("kind", "source", "terms");
    private static final Set<String> SENSE_KEYS = Set.of("terms", "require", "veto");

    private final JsonParser parser;
    private final String source;
    /** Every "@name" read, with where it stood, checked once the lists are known. */
    private final List<Reference> references = new ArrayList<>();
    private Map<String, List<String>> lists = Map.of();

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

    /** A word as read, with where it stood: a term or context word, or an "@name" reference to a list. */
    private record Word(String text, JsonLocation location, String path) {

        boolean isReference() {
            return text.startsWith(LIST_REFERENCE);
        }
    }

    /** A reference to a list, to be checked once every list is known, with the cluster it stands in. */
    private record Reference(Word word, String where) {
    }

    /** A sense rule as read, before references are expanded. */
    private record SenseDraft(List<Word> terms, List<Word> require, List<Word> veto) {
    }

    /** A cluster as read, before the file's default threshold and the lists are known. */
    private record Draft(String id, String name, Double threshold, List<String> strong, List<String> weak,
                         List<TermGroup> named, List<SenseDraft> senses, List<Word> content) {
    }

    private Taxonomy taxonomy() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw error(ONE_OBJECT);
        }
        String name = null;
        Double threshold = null;
        List<String> traps = List.of();
        List<Word> content = List.of();
        List<Word> unrelated = List.of();
        List<Draft> drafts = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(TOP_KEYS, "");
            parser.nextToken();
            switch (key) {
                case "name" -> name = text("name", "");
                case "title" -> text("title", "");
                case "threshold" -> threshold = threshold("");
                case "traps" -> traps = terms("traps", "");
                case "lists" -> lists = lists();
                case "content" -> content = words("", "content", true);
                case "unrelated" -> unrelated = words("", "unrelated", true);
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
        for (Reference reference : references) {
            String list = reference.word().text().substring(LIST_REFERENCE.length());
            if (!lists.containsKey(list)) {
                throw error(reference.word(), reference.where() + reference.word().path() + ": no list named '"
                        + list + "'; "
                        + (lists.isEmpty() ? "the file has no \"lists\"" : "lists are " + lists.keySet()));
            }
        }
        double fallback = threshold == null ? Cluster.DEFAULT_THRESHOLD : threshold;
        List<Cluster> clusters = new ArrayList<>();
        for (Draft d : drafts) {
            double own = d.threshold() == null ? fallback : d.threshold();
            List<SenseRule> senses = new ArrayList<>();
            for (SenseDraft sense : d.senses()) {
                senses.add(new SenseRule(sense.terms().stream().map(Word::text).toList(), expand(sense.require()),
                        expand(sense.veto())));
            }
            clusters.add(new Cluster(d.id(), d.name(), d.strong(), d.weak(), own, d.named(), senses,
                    expand(d.content())));
        }
        return new Taxonomy(name, clusters, traps, expand(content), expand(unrelated));
    }

    /** The words, with each "@name" replaced by the words of that list, each word once, in order. */
    private List<String> expand(List<Word> words) {
        Set<String> expanded = new LinkedHashSet<>();
        for (Word word : words) {
            if (word.isReference()) {
                expanded.addAll(lists.get(word.text().substring(LIST_REFERENCE.length())));
            } else {
                expanded.add(word.text());
            }
        }
        return List.copyOf(expanded);
    }

    private Map<String, List<String>> lists() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error("\"lists\" must be an object of named word lists, e.g. {\"power\": [\"发电\", \"装机\"]}");
        }
        Map<String, List<String>> read = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String list = parser.currentName();
            if (!ID.matcher(list).matches()) {
                throw error("lists: the name '" + list + "' must be lower-case ASCII letters, digits and '-'");
            }
            parser.nextToken();
            List<Word> words = words("", "lists." + list, false);
            if (words.isEmpty()) {
                throw error("lists." + list + " must be a non-empty list of words");
            }
            read.put(list, words.stream().map(Word::text).toList());
        }
        return read;
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
        List<TermGroup> named = List.of();
        List<Word> namedTerms = new ArrayList<>();
        List<SenseDraft> senses = List.of();
        List<Word> content = List.of();
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
                case "weak" -> weak = terms("weak", where);
                case "named" -> named = groups(where, namedTerms);
                case "content" -> content = words(where, "content", true);
                default -> senses = senses(where);
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
        Set<String> allStrong = new LinkedHashSet<>(strong);
        for (Word term : namedTerms) {
            if (strong.contains(term.text()) || weak.contains(term.text())) {
                throw error(term, where + term.path() + ": '" + term.text() + "' is already a "
                        + (strong.contains(term.text()) ? "strong" : "weak") + " term of this cluster");
            }
            allStrong.add(term.text());
        }
        checkSenses(where, senses, allStrong, weak);
        return new Draft(id, name, threshold, List.copyOf(allStrong), weak, named, senses, content);
    }

    /** Every sense rule names terms of its cluster, and no term has two rules. */
    private void checkSenses(String where, List<SenseDraft> senses, Set<String> strong, List<String> weak)
            throws TaxonomyException {
        Map<String, String> ruleByTerm = new HashMap<>();
        for (int i = 0; i < senses.size(); i++) {
            for (Word term : senses.get(i).terms()) {
                if (!strong.contains(term.text()) && !weak.contains(term.text())) {
                    throw error(term, where + term.path() + ": '" + term.text()
                            + "' is not a strong, weak or named term of this cluster");
                }
                String earlier = ruleByTerm.putIfAbsent(term.text(), "senses[" + i + "]");
                if (earlier != null) {
                    throw error(term, where + term.path() + ": '" + term.text() + "' already has a rule in "
                            + earlier);
                }
            }
        }
    }

    private List<TermGroup> groups(String where, List<Word> allTerms) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(where + "\"named\" must be a list of {\"kind\", \"source\", \"terms\"} objects");
        }
        List<TermGroup> groups = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = where + "named[" + groups.size() + "]";
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error(at + " must be an object with \"kind\", \"source\" and \"terms\"");
            }
            String kind = null;
            String groupSource = null;
            List<Word> terms = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = key(GROUP_KEYS, at + ": ");
                parser.nextToken();
                switch (key) {
                    case "kind" -> kind = text("kind", at + ": ");
                    case "source" -> groupSource = text("source", at + ": ");
                    default -> terms = words(where, "named[" + groups.size() + "].terms", false);
                }
            }
            if (kind == null || groupSource == null || terms == null || terms.isEmpty()) {
                String missing = kind == null ? "\"kind\" (what the names are)"
                        : groupSource == null ? "\"source\" (where the facts came from)" : "\"terms\" (the names)";
                throw error(at + " needs " + missing);
            }
            allTerms.addAll(terms);
            groups.add(new TermGroup(kind, groupSource, terms.stream().map(Word::text).toList()));
        }
        return groups;
    }

    private List<SenseDraft> senses(String where) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(where + "\"senses\" must be a list of {\"terms\", \"require\", \"veto\"} objects");
        }
        List<SenseDraft> senses = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = where + "senses[" + senses.size() + "]";
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error(at + " must be an object with \"terms\" and \"require\" or \"veto\"");
            }
            List<Word> terms = null;
            List<Word> require = List.of();
            List<Word> veto = List.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = key(SENSE_KEYS, at + ": ");
                parser.nextToken();
                switch (key) {
                    case "terms" -> terms = words(where, "senses[" + senses.size() + "].terms", false);
                    case "require" -> require = words(where, "senses[" + senses.size() + "].require", true);
                    default -> veto = words(where, "senses[" + senses.size() + "].veto", true);
                }
            }
            if (terms == null || terms.isEmpty()) {
                throw error(at + " needs \"terms\": the cluster's terms the rule applies to");
            }
            if (require.isEmpty() && veto.isEmpty()) {
                throw error(at + " needs \"require\" or \"veto\" words");
            }
            senses.add(new SenseDraft(terms, require, veto));
        }
        return senses;
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
        return words(where, key, false).stream().map(Word::text).toList();
    }

    /**
     * A list of words, each one word; with {@code references}, a word may be "@name", a list of the file.
     *
     * @param where the cluster the list belongs to, for messages, e.g. "clusters[2] (coal): "; empty at the top
     * @param path  the list's path in it, for messages, e.g. "senses[0].require"
     */
    private List<Word> words(String where, String path, boolean references) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(where + "\"" + path + "\" must be a list of " + (references ? "words" : "terms"));
        }
        List<Word> words = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String word = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText().strip() : "";
            String item = path + "[" + words.size() + "]";
            if (word.isEmpty() || word.contains(" ")) {
                throw error(where + item + " must be one word, got " + describe());
            }
            if (word.startsWith(LIST_REFERENCE) && !references) {
                throw error(where + item + ": '" + word + "' refers to a list, which only \"content\", \"unrelated\","
                        + " \"require\" and \"veto\" may do");
            }
            Word read = new Word(word, parser.currentTokenLocation(), item);
            if (read.isReference()) {
                this.references.add(new Reference(read, where));
            }
            words.add(read);
        }
        return words;
    }

    private String describe() throws IOException {
        return parser.currentToken().isStructStart() ? "a " + parser.currentToken().asString() + "..." : parser.getText();
    }

    /** An error at the token the parser is on. */
    private TaxonomyException error(String message) {
        return new TaxonomyException(source + ": " + where(parser.currentTokenLocation()) + message);
    }

    /** An error at a word read earlier. */
    private TaxonomyException error(Word word, String message) {
        return new TaxonomyException(source + ": " + where(word.location()) + message);
    }
}
