package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.ClusterTag;
import chanye.classifier.io.Utf8Lines;
import chanye.classifier.json.JsonErrors;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.train.ModelException;
import chanye.classifier.train.NaiveBayesTrainer;
import chanye.classifier.train.TrainedModel;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.pipeline.Taxonomies;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chanye classify}: the industrial clusters of a text or HTML page, or of each line of a JSONL batch. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Tag text or HTML (a file or stdin) with industrial clusters, scores and evidence.")
public final class ClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "Input file; - or none for stdin.")
    private String input;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--jsonl", description = "Input is JSON Lines {\"id\",\"title\",\"text\"}; print one object per line.")
    private boolean jsonl;

    @Option(names = "--taxonomy", paramLabel = "FILE|NAME",
            description = Taxonomies.CLASSIFY_OPTION_HELP)
    private Path taxonomyFile;

    @Option(names = "--train", paramLabel = "DIR",
            description = "Train a Naive Bayes model from DIR/<cluster-id>/*.txt into --data; later runs combine it"
                    + " with the lexicon.")
    private Path trainDir;

    /** A single text's result: the contract's fields plus the regions mentioned. */
    record Result(List<ClusterTag> clusters, List<String> keywords, List<String> regions) {
    }

    /** One JSONL line's result; {@code error} only when the line could not be read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineResult(String id, List<ClusterTag> clusters, String error) {
    }

    @Override
    public Integer call() throws IOException {
        DataDir data = main.dataDir();
        Taxonomy taxonomy = Taxonomies.forClassify(data, taxonomyFile);
        if (trainDir != null) {
            return train(taxonomy, data);
        }
        ArticleClassifier classifier = Taxonomies.classifier(taxonomy, data);
        return jsonl ? classifyLines(classifier) : classifyOne(classifier);
    }

    private int train(Taxonomy taxonomy, DataDir data) throws IOException {
        TrainedModel model;
        try {
            model = new NaiveBayesTrainer(taxonomy, ArticleClassifier.create(taxonomy).segmenter()).train(trainDir);
        } catch (ModelException e) {
            throw UserException.usage(e.getMessage());
        }
        Files.createDirectories(data.classifierModel().getParent());
        model.save(data.classifierModel());
        spec.commandLine().getOut().println("trained " + String.join(", ", model.clusters()) + " from " + trainDir
                + " into " + data.classifierModel());
        return 0;
    }

    private int classifyOne(ArticleClassifier classifier) throws IOException {
        TextInput.Text text = TextInput.decode(inputName(), TextInput.readAll(input));
        Classification classification = classifier.classify(text.title(), text.body());
        Result result = new Result(classification.clusters(), classification.keywords(), classification.regions());
        if (json) {
            spec.commandLine().getOut().println(Json.line(result));
        } else {
            print(result, spec.commandLine().getOut());
        }
        return 0;
    }

    private int classifyLines(ArticleClassifier classifier) throws IOException {
        String name = inputName();
        int lineNumber = 0;
        int failures = 0;
        int notUtf8 = 0;
        try (Utf8Lines lines = new Utf8Lines(TextInput.open(input))) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber = line.number();
                String where = name + ":" + lineNumber;
                LineResult result = line.isUtf8() ? classifyLine(classifier, line.text(), where)
                        : new LineResult(idOf(line.lossy()), List.of(), where + ": " + Utf8Lines.NOT_UTF8);
                notUtf8 += line.isUtf8() ? 0 : 1;
                if (result.error() != null) {
                    failures++;
                    spec.commandLine().getErr().println("chanye: " + result.error());
                }
                spec.commandLine().getOut().println(Json.line(result));
            }
        }
        if (failures > 0) {
            spec.commandLine().getErr().println("chanye: " + failures + " of " + lineNumber + " lines could not be "
                    + "classified" + (notUtf8 == 0 ? "" : "; " + notUtf8 + " of them " + (notUtf8 == 1 ? "is" : "are")
                    + " not UTF-8: is " + name + " GBK? convert it with iconv -f GBK -t UTF-8"));
            return UserException.FAILURE;
        }
        return 0;
    }

    /** The "id" of a line that is not UTF-8, when the rest of it still reads as a JSON object; else null. */
    private static String idOf(String lossy) {
        try {
            JsonNode node = Json.mapper().readTree(lossy);
            JsonNode id = node == null ? null : node.get("id");
            return id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The result of one line: its clusters, or an error naming the line when it cannot be classified. */
    private static LineResult classifyLine(ArticleClassifier classifier, String line, String where) {
        if (line.isBlank()) {
            return new LineResult(null, List.of(), where + ": blank line, expected a JSON object");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return new LineResult(null, List.of(), where + ": not valid JSON (" + JsonErrors.reason(e) + ")");
        }
        if (node == null || !node.isObject()) {
            return new LineResult(null, List.of(), where + ": not a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
        if (id == null) {
            return new LineResult(null, List.of(), where + ": no \"id\" string or number");
        }
        if (!node.hasNonNull("text") || !node.get("text").isTextual()) {
            return new LineResult(id, List.of(), where + ": no \"text\" string");
        }
        String title = node.hasNonNull("title") ? node.get("title").asText() : "";
        return new LineResult(id, classifier.classify(title, node.get("text").asText()).clusters(), null);
    }

    private String inputName() {
        return TextInput.name(input);
    }

    private static void print(Result result, PrintWriter out) {
        if (result.clusters().isEmpty()) {
            out.println("no cluster");
        }
        for (ClusterTag tag : result.clusters()) {
            out.printf(Locale.ROOT, "%-16s %-10s %6.2f  %s%n", tag.id(), tag.name(), tag.score(),
                    String.join(" ", tag.evidence()));
        }
        out.println("keywords: " + String.join(" ", result.keywords()));
        if (!result.regions().isEmpty()) {
            out.println("regions:  " + String.join(" ", result.regions()));
        }
    }
}
