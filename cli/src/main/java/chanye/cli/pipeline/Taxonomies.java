package chanye.cli.pipeline;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import chanye.classifier.train.ModelException;
import chanye.cli.DataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Chooses the taxonomy for a command and keeps a data directory bound to the taxonomy its index was built with,
 * so that search analyzes queries with the same dictionary as the crawl that indexed the articles.
 */
public final class Taxonomies {

    private Taxonomies() {
    }

    /**
     * The taxonomy for a crawl into {@code data}: the file given, else the one the index was built with, else the
     * default. A file given is copied into the data directory so later commands use it too.
     */
    public static Taxonomy forCrawl(DataDir data, Path option) throws IOException {
        if (option != null) {
            Taxonomy taxonomy = Taxonomy.load(option);
            Files.createDirectories(data.root());
            Files.copy(option, data.taxonomy(), StandardCopyOption.REPLACE_EXISTING);
            return taxonomy;
        }
        return forData(data);
    }

    /** The taxonomy the index in {@code data} was built with, or the default. */
    public static Taxonomy forData(DataDir data) throws TaxonomyException {
        return Files.isRegularFile(data.taxonomy()) ? Taxonomy.load(data.taxonomy()) : Taxonomy.loadDefault();
    }

    /** The taxonomy given on the command line, or the default. */
    public static Taxonomy given(Path option) throws TaxonomyException {
        return option != null ? Taxonomy.load(option) : Taxonomy.loadDefault();
    }

    /** A classifier for the taxonomy, with the trained model of {@code data} when there is one. */
    public static ArticleClassifier classifier(Taxonomy taxonomy, DataDir data) throws ModelException {
        return Files.isRegularFile(data.classifierModel())
                ? ArticleClassifier.create(taxonomy, data.classifierModel())
                : ArticleClassifier.create(taxonomy);
    }
}
