package chanye.classifier.eval;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.io.Utf8Lines;
import chanye.classifier.json.JsonErrors;
import chanye.classifier.taxonomy.Cluster;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates a classifier on a labelled JSONL file, one object a line:
 * {@code {"id":"...","genre":"brief","title":"...","text":"...","clusters":["id",...]}}, where {@code title} and
 * {@code genre} may be left out and {@code clusters} is empty for a text about no cluster. The texts of each genre
 * are also measured on their own. Malformed lines, and lines that are not UTF-8, are reported with their numbers and
 * the rest are still evaluated.
 */
public final class ClassifierEvaluation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClassifierEvaluation() {
    }

    /**
     * Classifies every text of the file and compares the tags with the labels, in all and per genre when the lines
     * carry a {@code "genre"}.
     *
     * @throws IOException naming the file when it cannot be read at all
     */
    public static EvaluationReport evaluate(ArticleClassifier classifier, Path jsonl) throws IOException {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(jsonl, "jsonl");
        List<Cluster> clusters = classifier.taxonomy().clusters();
        List<String> ids = clusters.stream().map(Cluster::id).toList();
        Tally all = new Tally(clusters.size());
        Map<String, Tally> byGenre = new TreeMap<>();
        List<LineError> errors = new ArrayList<>();
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(jsonl))) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.isUtf8()) {
                    errors.add(new LineError(line.number(), Utf8Lines.NOT_UTF8));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                Labelled labelled;
                try {
                    labelled = parse(line.text(), classifier);
                } catch (IllegalArgumentException e) {
                    errors.add(new LineError(line.number(), e.getMessage()));
                    continue;
                }
                Set<String> tagged = new LinkedHashSet<>();
                for (ClusterTag tag : classifier.classify(labelled.title(), labelled.text()).clusters()) {
                    tagged.add(tag.id());
                }
                all.add(ids, labelled.clusters(), tagged);
                if (labelled.genre() != null) {
                    byGenre.computeIfAbsent(labelled.genre(), g -> new Tally(clusters.size()))
                            .add(ids, labelled.clusters(), tagged);
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot read labelled file " + jsonl + ": " + e.getMessage(), e);
        }
        return report(jsonl.toString(), clusters, all, byGenre, errors);
    }

    private static EvaluationReport report(String source, List<Cluster> clusters, Tally all,
                                           Map<String, Tally> byGenre, List<LineError> errors) {
        List<ClusterMetrics> metrics = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            metrics.add(ClusterMetrics.of(clusters.get(i).id(), clusters.get(i).name(), all.truePositives[i],
                    all.falsePositives[i], all.falseNegatives[i]));
        }
        List<GenreMetrics> genres = new ArrayList<>();
        byGenre.forEach((genre, tally) -> genres.add(tally.genre(genre)));
        return new EvaluationReport(source, all.texts, all.noClusterTexts, all.falseTags, metrics,
                all.microPrecision(), all.microRecall(), all.microF1(), all.macroF1(), errors, all.wrongTexts, genres);
    }

    private static Labelled parse(String line, ArticleClassifier classifier) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + JsonErrors.reason(e));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("\"text\" is missing or not a string");
        }
        JsonNode title = node.get("title");
        if (title != null && !title.isTextual() && !title.isNull()) {
            throw new IllegalArgumentException("\"title\" is not a string");
        }
        JsonNode genre = node.get("genre");
        if (genre != null && !genre.isTextual() && !genre.isNull()) {
            throw new IllegalArgumentException("\"genre\" is not a string");
        }
        JsonNode labels = node.get("clusters");
        if (labels == null || !labels.isArray()) {
            throw new IllegalArgumentException("\"clusters\" is missing or not a list of cluster ids");
        }
        Set<String> clusters = new LinkedHashSet<>();
        for (JsonNode label : labels) {
            if (!label.isTextual()) {
                throw new IllegalArgumentException("\"clusters\" holds " + label + ", not a cluster id");
            }
            Cluster cluster = classifier.taxonomy().find(label.asText()).orElseThrow(() ->
                    new IllegalArgumentException("unknown cluster '" + label.asText() + "' for taxonomy "
                            + classifier.taxonomy().name()));
            clusters.add(cluster.id());
        }
        return new Labelled(title == null || title.isNull() ? "" : title.asText(), text.asText(), clusters,
                genre == null || genre.isNull() || genre.asText().isBlank() ? null : genre.asText().strip());
    }

    /** One labelled text; {@code genre} is null when the line names none. */
    private record Labelled(String title, String text, Set<String> clusters, String genre) {
    }
}
