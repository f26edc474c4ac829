package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.pipeline.Taxonomies;
import chanye.crawler.state.CrawlStore;
import chanye.crawler.state.GonePage;
import chanye.index.ArticleWriter;
import chanye.index.LocalIndex;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye prune --gone}: removes from the index the documents of the pages that answered 404 or 410 when the
 * crawl last fetched them, from what the crawl state recorded, without fetching anything. A crawl removes such a
 * document itself once its page has answered so in two runs; prune does it at once for every page gone so far.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Remove from the index what the crawl state says is gone, without fetching.")
public final class PruneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--gone", description = "The documents of pages that answered 404 or 410 when last fetched.")
    private boolean gone;

    @Option(names = "--json", description = "Print one JSON object: {\"gone\":N,\"removed\":N}.")
    private boolean json;

    /**
     * What prune did.
     *
     * @param gone    pages recorded as gone with a document in the index
     * @param removed documents removed (fewer when some were already gone from the index)
     */
    record Result(int gone, int removed) {
    }

    @Override
    public Integer call() throws IOException {
        if (!gone) {
            throw UserException.usage("say what to prune: --gone (the documents of pages that answered 404 or 410)");
        }
        DataDir data = main.dataDir();
        if (!CrawlStore.exists(data.root())) {
            throw UserException.usage(data.root() + " holds no crawl state (no " + data.crawlState().resolve("state.db")
                    + "): prune works from what a crawl recorded; crawl into it first");
        }
        Result result;
        try (CrawlStore store = CrawlStore.open(data.root(), true)) {
            List<GonePage> pages = store.gonePages();
            result = new Result(pages.size(), pages.isEmpty() ? 0 : remove(data, pages));
            store.markRemoved(pages);
        }
        if (json) {
            spec.commandLine().getOut().println(Json.line(result));
        } else {
            spec.commandLine().getOut().println("removed " + result.removed() + " documents of " + result.gone()
                    + " pages gone at the source (404 or 410) from " + data.index());
        }
        return 0;
    }

    private static int remove(DataDir data, List<GonePage> pages) throws IOException {
        int removed = 0;
        try (ArticleWriter writer = new LocalIndex(data.index(),
                ArticleClassifier.segmenterFor(Taxonomies.forData(data))).openWriter()) {
            for (GonePage page : pages) {
                if (writer.delete(page.document())) {
                    removed++;
                }
            }
            writer.commit();
        }
        return removed;
    }
}
