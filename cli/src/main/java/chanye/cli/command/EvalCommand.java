package chanye.cli.command;

import chanye.classifier.eval.ClassifierEvaluation;
import chanye.classifier.eval.EvaluationReport;
import chanye.classifier.eval.LineError;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.pipeline.Taxonomies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chanye eval}: measures a stage against a labelled set. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure a stage on a labelled set.",
        subcommands = EvalCommand.Classify.class)
public final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing stage (try: chanye eval classify FILE.jsonl)");
    }

    /**
     * {@code chanye eval classify FILE.jsonl}: per-cluster precision, recall, F1, micro-F1 and macro-F1, the texts
     * tagged wrongly, and the same per genre when the lines carry a {@code "genre"}.
     */
    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Evaluate the classifier on JSON Lines {\"id\",\"genre\",\"title\",\"text\",\"clusters\":[ids]};"
                    + " with genres, each genre is also measured on its own.")
    static final class Classify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The labelled set.")
        private Path file;

        @Option(names = "--taxonomy", paramLabel = "FILE|NAME",
                description = Taxonomies.CLASSIFY_OPTION_HELP)
        private Path taxonomyFile;

        @Option(names = "--json", description = "Print the report as one JSON object.")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            if (file.toString().isBlank()) {
                throw UserException.usage("the FILE.jsonl argument is empty: give the labelled set's file");
            }
            if (Files.isDirectory(file)) {
                throw UserException.usage(file + ": is a directory, not a file");
            }
            if (!Files.isRegularFile(file)) {
                throw UserException.usage(file + ": no such file");
            }
            Main main = (Main) spec.root().userObject();
            DataDir data = main.dataDir();
            EvaluationReport report = ClassifierEvaluation.evaluate(
                    Taxonomies.classifier(Taxonomies.forClassify(data, taxonomyFile), data), file);
            if (report.texts() == 0) {
                throw UserException.usage(nothingToEvaluate(report.errors()));
            }
            spec.commandLine().getOut().println(json ? Json.line(report) : report.toText());
            if (json) {
                report.errors().forEach(error -> spec.commandLine().getErr().println(
                        "chanye: " + file + ":" + error.line() + ": " + error.message()));
            } else if (!report.errors().isEmpty()) {
                int count = report.errors().size();
                spec.commandLine().getErr().println("chanye: " + count + (count == 1 ? " malformed line of " + file
                        + " was skipped" : " malformed lines of " + file + " were skipped")
                        + " (named at the end of the report)");
            }
            return report.errors().isEmpty() ? 0 : UserException.FAILURE;
        }

        /** Why a file gave no text to evaluate: empty, or which line failed first and how many did. */
        private String nothingToEvaluate(List<LineError> errors) {
            if (errors.isEmpty()) {
                return file + ": no labelled line to evaluate";
            }
            LineError first = errors.get(0);
            int others = errors.size() - 1;
            String more = others == 0 ? "" : " (and " + others + " more bad " + (others == 1 ? "line)" : "lines)");
            return file + ": no line could be evaluated; line " + first.line() + ": " + first.message() + more;
        }
    }
}
