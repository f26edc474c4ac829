package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.pipeline.Taxonomies;
import chanye.index.ArticleReader;
import chanye.index.IndexBackend;
import chanye.index.IndexStats;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code chanye stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the index holds.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Mixin
    private IndexOptions index;

    @Override
    public Integer call() throws IOException {
        DataDir data = main.dataDir();
        IndexBackend backend = index.backend(data, () -> ArticleClassifier.segmenterFor(Taxonomies.forData(data)));
        try (ArticleReader searcher = backend.openReader()) {
            IndexStats stats = searcher.stats();
            if (json) {
                spec.commandLine().getOut().println(Json.line(stats));
            } else {
                spec.commandLine().getOut().println("documents: " + stats.documents());
                spec.commandLine().getOut().println("stories:   " + stats.stories()
                        + " (copies of one article on several sites count once)");
                spec.commandLine().getOut().println("clusters:  " + Facets.format(stats.clusters()));
                spec.commandLine().getOut().println("sites:     " + Facets.format(stats.sites()));
                spec.commandLine().getOut().println("oldest:    " + stats.oldest());
                spec.commandLine().getOut().println("newest:    " + stats.newest());
            }
            return 0;
        }
    }
}
