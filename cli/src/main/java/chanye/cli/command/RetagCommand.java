package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.Terminal;
import chanye.cli.UserException;
import chanye.cli.pipeline.Retag;
import chanye.cli.pipeline.RetagStatus;
import chanye.cli.pipeline.Taxonomies;
import chanye.index.LocalIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye retag}: classifies every document of the data directory's index again, from its stored title and
 * body, with the taxonomy given (or the data directory's), and binds the data directory to that taxonomy. This is
 * how an index moves to another taxonomy or a corrected lexicon without re-crawling pages that sites may have
 * removed since.
 */
@Command(name = "retag", mixinStandardHelpOptions = true,
        description = "Classify every indexed article again from its stored title and body (nothing is fetched),"
                + " and bind --data to the taxonomy used. Interrupted, a rerun finishes the rest.")
public final class RetagCommand implements Callable<Integer> {

    /** The exit code of a retag stopped by Ctrl-C, as the shell reports SIGINT. */
    static final int INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--taxonomy", paramLabel = "FILE|NAME",
            description = "A taxonomy file, or a bundled one by name (xinjiang-8, xinjiang-2025-10). Default: the one"
                    + " --data is bound to, else xinjiang-8.")
    private Path taxonomyFile;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    private boolean json;

    /** The summary for scripts: the run's counts and the taxonomy now bound. */
    record Result(long documents, long retagged, long changed, long doneBefore, String taxonomy, boolean interrupted,
                  long elapsedMs) {
    }

    @Override
    public Integer call() throws IOException {
        DataDir data = main.dataDir();
        if (!Files.isDirectory(data.index())) {
            throw UserException.failure("no index in " + data.index() + ": nothing to retag (crawl into --data "
                    + data.root() + " first)", null);
        }
        Taxonomy taxonomy = Taxonomies.forClassify(data, taxonomyFile);
        ArticleClassifier classifier = Taxonomies.classifier(taxonomy, data);
        try (Retag retag = new Retag(data, new LocalIndex(data.index(), classifier.segmenter()), classifier)) {
            Retag.Summary summary;
            try (RetagStatus status = main.quiet() || !Terminal.detect().interactive() ? null
                    : new RetagStatus(System.err, retag.documents())) {
                Taxonomies.bind(data, taxonomyFile);
                summary = retag.run(status == null ? handled -> { } : status);
            }
            return report(summary, taxonomy, data);
        }
    }

    /**
     * Prints the summary, and how to finish an interrupted run; called before the retag is closed, since closing it
     * lets a process stopped by Ctrl-C exit.
     */
    private int report(Retag.Summary summary, Taxonomy taxonomy, DataDir data) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(new Result(summary.documents(), summary.retagged(), summary.changed(),
                    summary.doneBefore(), taxonomy.name(), summary.interrupted(), summary.elapsedMs())));
        } else {
            out.printf(Locale.ROOT, "retagged %d of %d documents with taxonomy %s (%d with other clusters now%s) in"
                            + " %.1f s; %s is bound to it%n", summary.retagged(), summary.documents(), taxonomy.name(),
                    summary.changed(), summary.doneBefore() == 0 ? "" : "; " + summary.doneBefore()
                            + " done by an earlier run", summary.elapsedMs() / 1000.0, data.root());
        }
        out.flush();
        if (summary.interrupted()) {
            spec.commandLine().getErr().println("chanye: retag interrupted after " + (summary.doneBefore()
                    + summary.retagged()) + " of " + summary.documents() + " documents; finish it with: chanye --data "
                    + data.root() + " retag");
            spec.commandLine().getErr().flush();
            return INTERRUPTED;
        }
        return 0;
    }
}
