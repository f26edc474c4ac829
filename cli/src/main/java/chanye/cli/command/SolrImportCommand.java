package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.UserException;
import chanye.cli.pipeline.SolrIndexes;
import chanye.cli.pipeline.Taxonomies;
import chanye.index.ArticleReader;
import chanye.index.ArticleWriter;
import chanye.index.IndexBackend;
import chanye.index.LocalIndex;
import chanye.index.UpsertResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye solr import --data DIR}: copies the articles of a local index into a Solr collection, as stored
 * (text, times, clusters, keywords, regions), without fetching anything again. The collection's own rules apply: a
 * URL already there with the same content is left alone, and content already there under another URL is not copied
 * twice, so running it again copies nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Copy the local index of --data into the Solr collection (no re-crawl; a second run copies nothing).")
public final class SolrImportCommand implements Callable<Integer> {

    /** Articles between two commits: bounds what the writer remembers of its uncommitted writes. */
    private static final int COMMIT_EVERY = 5_000;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SolrCommand solr;

    @Mixin
    private IndexOptions index;

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    private boolean json;

    /**
     * What an import did.
     *
     * @param read       articles read from the local index
     * @param indexed    articles written to the collection
     * @param unchanged  articles the collection already held under their URL
     * @param duplicates articles whose content the collection holds under another URL
     * @param elapsedMs  wall time
     */
    record ImportSummary(long read, long indexed, long unchanged, long duplicates, long elapsedMs) {
    }

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        String cluster = index.requiredSolr();
        DataDir data = solr.main().dataDir();
        Taxonomy local = Taxonomies.forData(data);
        Taxonomy collection = SolrIndexes.taxonomy(cluster, index.collection());
        if (!local.classifiesLike(collection)) {
            throw UserException.usage("the articles in " + data.root() + " are classified with taxonomy '"
                    + local.name() + "', collection " + index.collection() + " with '" + collection.name()
                    + "': make a collection for them with chanye solr init --collection NAME --taxonomy "
                    + (Files.isRegularFile(data.taxonomy()) ? data.taxonomy() : Taxonomy.DEFAULT_NAME));
        }
        IndexBackend target = index.backend(data, () -> ArticleClassifier.segmenterFor(local));
        Map<UpsertResult, Long> outcomes = new EnumMap<>(UpsertResult.class);
        long read;
        try (ArticleReader reader = new LocalIndex(data.index(), ArticleClassifier.segmenterFor(local)).openReader();
             ArticleWriter writer = target.openWriter()) {
            long[] count = {0};
            read = reader.forEach(article -> {
                outcomes.merge(writer.upsert(article), 1L, Long::sum);
                if (++count[0] % COMMIT_EVERY == 0) {
                    writer.commit();
                }
            });
            writer.commit();
        }
        ImportSummary summary = new ImportSummary(read, outcomes.getOrDefault(UpsertResult.INDEXED, 0L),
                outcomes.getOrDefault(UpsertResult.UNCHANGED, 0L), outcomes.getOrDefault(UpsertResult.DUPLICATE, 0L),
                (System.nanoTime() - started) / 1_000_000);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(summary));
        } else {
            out.printf("imported %d articles from %s into %s: indexed %d, unchanged %d, duplicates %d%n",
                    summary.read(), data.index(), target.describe(), summary.indexed(), summary.unchanged(),
                    summary.duplicates());
        }
        return 0;
    }
}
