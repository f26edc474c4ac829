package chanye.cli;

import java.nio.file.Path;

/**
 * The layout of a {@code --data} directory: the Lucene index, the crawl state, the classifier's model and the
 * taxonomy the index was built with.
 *
 * @param root the data directory
 */
public record DataDir(Path root) {

    private static final Path DEFAULT = Path.of("chanye-data");

    /** The directory from {@code --data}, else from {@code $CHANYE_DATA}, else {@code ./chanye-data}. */
    public static DataDir resolve(Path option, String environment) {
        if (option != null) {
            return new DataDir(option);
        }
        if (environment != null && !environment.isBlank()) {
            return new DataDir(Path.of(environment));
        }
        return new DataDir(DEFAULT);
    }

    /** The Lucene index. */
    public Path index() {
        return root.resolve("index");
    }

    /** The crawl state: frontier, seen URLs and their validators, so that a later crawl fetches only changes. */
    public Path crawlState() {
        return root.resolve("crawl");
    }

    /** The options the last crawl ran with, which {@code chanye crawl --resume} goes on with. */
    public Path crawlOptions() {
        return crawlState().resolve("options.json");
    }

    /** The taxonomy the index was built with, copied here by the crawl so search analyzes queries alike. */
    public Path taxonomy() {
        return root.resolve("taxonomy.json");
    }

    /**
     * The file by which {@code chanye demo} knows the directory as its own, one it may replace; a crawl of the
     * user's own removes it.
     */
    public Path demoMarker() {
        return root.resolve("chanye-demo.txt");
    }

    /**
     * The progress of an interrupted {@code chanye retag}: the taxonomy it tags with, then the URL of each document
     * re-tagged and committed, so that a rerun finishes the rest. Gone once a retag has finished.
     */
    public Path retagProgress() {
        return root.resolve("retag-progress.txt");
    }

    /** The trained classifier model, when {@code chanye classify --train} made one. */
    public Path classifierModel() {
        return root.resolve("classifier").resolve("model.bin");
    }
}
