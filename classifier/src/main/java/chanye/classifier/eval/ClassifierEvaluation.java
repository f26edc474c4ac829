package chanye.classifier.eval;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.io.ByteOrderMark;
import chanye.classifier.json.JsonErrors;
import chanye.classifier.taxonomy.Cluster;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates a classifier on a labelled JSONL file, one object a line:
 * {@code {"id":"...","title":"...","text":"...","clusters":["id",...]}}, where {@code title} may be left out and
 * {@code clusters} is empty for a text about no cluster. Malformed lines are reported with their numbers and the
 * rest are still evaluated.
 */
public final class ClassifierEvaluation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClassifierEvaluation() {
    }

    /**
     * Classifies every text of the file and compares the tags with the labels.
     *
     * @throws IOException naming the file when it cannot be read at all
     */
    public static EvaluationReport evaluate(ArticleClassifier classifier, Path jsonl) throws IOException {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(jsonl, "jsonl");
        List<Cluster> clusters = classifier.taxonomy().clusters();
        int[] truePositives = new int[clusters.size()];
        int[] falsePositives = new int[clusters.size()];
        int[] falseNegatives = new int[clusters.size()];
        List<LineError> errors = new ArrayList<>();
        int texts = 0;
        int noClusterTexts = 0;
        int falseTags = 0;
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = ByteOrderMark.strip(reader.readLine()); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Labelled labelled;
                try {
                    labelled = parse(line, classifier);
                } catch (IllegalArgumentException e) {
                    errors.add(new LineError(number, e.getMessage()));
                    continue;
                }
                texts++;
                Set<String> tagged = new LinkedHashSet<>();
                for (ClusterTag tag : classifier.classify(labelled.title(), labelled.text()).clusters()) {
                    tagged.add(tag.id());
                }
                if (labelled.clusters().isEmpty()) {
                    noClusterTexts++;
                    falseTags += tagged.isEmpty() ? 0 : 1;
                }
                for (int i = 0; i < clusters.size(); i++) {
                    String id = clusters.get(i).id();
                    boolean gold = labelled.clusters().contains(id);
                    boolean predicted = tagged.contains(id);
                    truePositives[i] += gold && predicted ? 1 : 0;
                    falsePositives[i] += !gold && predicted ? 1 : 0;
                    falseNegatives[i] += gold && !predicted ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot read labelled file " + jsonl + ": " + e.getMessage(), e);
        }
        return report(jsonl.toString(), clusters, truePositives, falsePositives, falseNegatives, texts,
                noClusterTexts, falseTags, errors);
    }

    private static EvaluationReport report(String source, List<Cluster> clusters, int[] truePositives,
                                           int[] falsePositives, int[] falseNegatives, int texts,
                                           int noClusterTexts, int falseTags, List<LineError> errors) {
        List<ClusterMetrics> metrics = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double f1Sum = 0;
        int counted = 0;
        for (int i = 0; i < clusters.size(); i++) {
            ClusterMetrics m = ClusterMetrics.of(clusters.get(i).id(), clusters.get(i).name(), truePositives[i],
                    falsePositives[i], falseNegatives[i]);
            metrics.add(m);
            tp += truePositives[i];
            fp += falsePositives[i];
            fn += falseNegatives[i];
            if (truePositives[i] + falsePositives[i] + falseNegatives[i] > 0) {
                f1Sum += m.f1();
                counted++;
            }
        }
        double precision = ClusterMetrics.ratio(tp, tp + fp);
        double recall = ClusterMetrics.ratio(tp, tp + fn);
        return new EvaluationReport(source, texts, noClusterTexts, falseTags, metrics, precision, recall,
                ClusterMetrics.f1(precision, recall), counted == 0 ? 0 : f1Sum / counted, errors);
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
        return new Labelled(title == null || title.isNull() ? "" : title.asText(), text.asText(), clusters);
    }

    /** One labelled text. */
    private record Labelled(String title, String text, Set<String> clusters) {
    }
}
