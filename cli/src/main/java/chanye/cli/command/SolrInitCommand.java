package chanye.cli.command;

import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.pipeline.SolrIndexes;
import chanye.cli.pipeline.Taxonomies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chanye solr init}: uploads chanye's configset (generated for the taxonomy) and creates the collection, each
 * unless already there, so that a second run says so and changes nothing; a configset or collection of that name that
 * differs from this chanye's is refused, saying what differs.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Upload chanye's configset and create the collection (once; a second run changes nothing).")
public final class SolrInitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexOptions index;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
            description = "Shards of a new collection (default ${DEFAULT-VALUE}).")
    private int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2",
            description = "Replicas of each shard of a new collection, on different nodes (default ${DEFAULT-VALUE}).")
    private int replicas;

    @Option(names = "--taxonomy", paramLabel = "FILE|NAME",
            description = "The taxonomy the collection's articles are classified with (default xinjiang-8).")
    private Path taxonomyFile;

    @Override
    public Integer call() throws IOException {
        String solr = index.requiredSolr();
        CrawlCommand.requirePositive("--shards", shards);
        CrawlCommand.requirePositive("--replicas", replicas);
        Taxonomy taxonomy = Taxonomies.given(taxonomyFile);
        byte[] taxonomyJson = Taxonomies.bytes(taxonomyFile);
        PrintWriter out = spec.commandLine().getOut();
        SolrIndexes.init(solr, index.collection(), shards, replicas, taxonomy, taxonomyJson).forEach(out::println);
        out.println("ready: chanye crawl --solr " + solr + " --collection " + index.collection() + " --seeds URL ...");
        return 0;
    }
}
