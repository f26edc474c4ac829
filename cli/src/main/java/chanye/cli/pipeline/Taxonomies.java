package chanye.cli.pipeline;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import chanye.classifier.train.ModelException;
import chanye.cli.DataDir;
import chanye.cli.UserException;
import chanye.index.ArticleSearcher;
import chanye.index.IndexUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Chooses the taxonomy for a command and keeps a data directory bound to the taxonomy its index was built with,
 * so that search analyzes queries with the same dictionary as the crawl that indexed the articles.
 */
public final class Taxonomies {

    /** The help of a {@code --taxonomy} option of a command that classifies outside a crawl. */
    public static final String CLASSIFY_OPTION_HELP = "A taxonomy file, or a bundled one by name (xinjiang-8, "
            + "xinjiang-2025-10). Default: the one --data was crawled with, else xinjiang-8.";

    private static final String BUNDLED_RESOURCE = "/chanye/classifier/taxonomy/";

    private Taxonomies() {
    }

    /**
     * The taxonomy for a crawl into {@code data}: the one given, else the one the index was built with, else the
     * default; {@link #keep} binds the data directory to it once the crawl holds the index.
     */
    public static Taxonomy forCrawl(DataDir data, Path option) throws IOException {
        return option == null ? forData(data) : given(option);
    }

    /**
     * Binds {@code data} to the taxonomy a crawl was given, by copying it into the data directory so that later
     * commands use it too; nothing to do when none was given. Call it while the crawl holds the index's write lock,
     * so that no other crawl is writing documents classified with another taxonomy meanwhile.
     *
     * @throws UserException (bad usage) when the index already holds documents classified with a taxonomy that
     *                       does not {@linkplain Taxonomy#classifiesLike classify like} the one given, since
     *                       unchanged pages would keep their old tags and search would no longer know them
     */
    public static void keep(DataDir data, Path option, Taxonomy taxonomy) throws IOException {
        if (option == null) {
            return;
        }
        Taxonomy indexed = forData(data);
        if (!taxonomy.classifiesLike(indexed)) {
            requireNoDocuments(data, indexed, option, taxonomy);
        }
        bind(data, option);
    }

    /**
     * Makes the taxonomy given on the command line the one of {@code data}, by copying its file (or the bundled
     * one of that name) into the data directory; later commands on {@code data} then use it. Nothing to do when
     * none was given.
     */
    public static void bind(DataDir data, Path option) throws IOException {
        if (option == null) {
            return;
        }
        Files.createDirectories(data.root());
        Files.write(data.taxonomy(), bytes(option));
    }

    /**
     * The file of the taxonomy {@code option} names, as it is: a file's bytes, or a bundled taxonomy's (the default
     * one when {@code option} is null).
     */
    public static byte[] bytes(Path option) throws IOException {
        if (option != null && !isBundledName(option)) {
            return Files.readAllBytes(option);
        }
        String name = option == null ? Taxonomy.DEFAULT_NAME : option.toString();
        try (InputStream in = Taxonomies.class.getResourceAsStream(BUNDLED_RESOURCE + name + ".json")) {
            return Objects.requireNonNull(in, "bundled taxonomy " + name).readAllBytes();
        }
    }

    private static void requireNoDocuments(DataDir data, Taxonomy indexed, Path option, Taxonomy taxonomy)
            throws IOException {
        long documents = documents(data, indexed);
        if (documents > 0) {
            String source = Files.isRegularFile(data.taxonomy()) ? data.taxonomy().toString() : "the default";
            throw UserException.usage("--taxonomy " + option + " (taxonomy '" + taxonomy.name()
                    + "') differs from '" + indexed.name() + "' (" + source + "), which the " + documents
                    + " documents in " + data.index() + " were classified with: crawl into another --data, or delete "
                    + data.index() + " and " + data.crawlState() + " to re-crawl with it");
        }
    }

    /** The documents in the index of {@code data}; none when there is no index or it cannot be read. */
    private static long documents(DataDir data, Taxonomy indexed) throws IOException {
        if (!Files.isDirectory(data.index())) {
            return 0;
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(data.index(), ArticleClassifier.segmenterFor(indexed))) {
            return searcher.stats().documents();
        } catch (IndexUnavailableException e) {
            return 0;
        }
    }

    /**
     * The taxonomy to classify with outside a crawl: the one given, else the one {@code data} holds, else the
     * default; so that {@code classify} and {@code eval} tag as a crawl into {@code data} does, with its model.
     */
    public static Taxonomy forClassify(DataDir data, Path option) throws TaxonomyException {
        return option == null ? forData(data) : given(option);
    }

    /** The taxonomy the index in {@code data} was built with, or the default. */
    public static Taxonomy forData(DataDir data) throws TaxonomyException {
        return Files.isRegularFile(data.taxonomy()) ? Taxonomy.load(data.taxonomy()) : Taxonomy.loadDefault();
    }

    /**
     * The taxonomy given on the command line: a file, or the name of a bundled taxonomy ({@code xinjiang-8},
     * {@code xinjiang-2025-10}) when no such file exists; the default when none is given.
     *
     * @throws UserException (bad usage) when the value is neither a readable file nor a bundled name, or the file
     *                       is not a valid taxonomy
     */
    public static Taxonomy given(Path option) throws TaxonomyException {
        if (option == null) {
            return Taxonomy.loadDefault();
        }
        if (isBundledName(option)) {
            return Taxonomy.loadBundled(option.toString());
        }
        if (!Files.exists(option)) {
            throw UserException.usage("--taxonomy " + option + ": no such file, nor a bundled taxonomy ("
                    + String.join(", ", Taxonomy.BUNDLED) + ")");
        }
        try {
            return Taxonomy.load(option);
        } catch (TaxonomyException e) {
            throw UserException.usage(e.getMessage());
        }
    }

    private static boolean isBundledName(Path option) {
        return !Files.exists(option) && Taxonomy.BUNDLED.contains(option.toString());
    }

    /** A classifier for the taxonomy, with the trained model of {@code data} when there is one. */
    public static ArticleClassifier classifier(Taxonomy taxonomy, DataDir data) throws ModelException {
        return Files.isRegularFile(data.classifierModel())
                ? ArticleClassifier.create(taxonomy, data.classifierModel())
                : ArticleClassifier.create(taxonomy);
    }
}
