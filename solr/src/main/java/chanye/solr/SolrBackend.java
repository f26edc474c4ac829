package chanye.solr;

import chanye.classifier.segment.Segmenter;
import chanye.index.ArticleReader;
import chanye.index.ArticleWriter;
import chanye.index.IndexBackend;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A collection of a SolrCloud cluster as chanye's index: many crawl workers write into it and many analysts search
 * it, with the local index's results. Each writer and reader opened holds its own connection.
 *
 * @param target     where the cluster is reached
 * @param collection the collection's name
 * @param segmenter  the segmenter of the collection's taxonomy, which a writer signs stories with; asked only when
 *                   a writer is opened, so a search loads no dictionary
 */
public record SolrBackend(SolrTarget target, String collection, Supplier<Segmenter> segmenter)
        implements IndexBackend {

    /** The collection's name when none is given. */
    public static final String DEFAULT_COLLECTION = "chanye";

    public SolrBackend {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(segmenter, "segmenter");
    }

    /**
     * @throws SolrUnavailableException when the cluster cannot be reached, or the collection is missing or not
     *                                  chanye's
     */
    @Override
    public ArticleWriter openWriter() throws IOException {
        return new SolrArticleWriter(connect(), segmenter.get());
    }

    /**
     * @throws SolrUnavailableException when the cluster cannot be reached, or the collection is missing or not
     *                                  chanye's
     */
    @Override
    public ArticleReader openReader() throws IOException {
        return new SolrArticleReader(connect());
    }

    private SolrConnection connect() throws IOException {
        SolrConnection connection = SolrConnection.open(target, collection);
        try {
            connection.requireChanyeCollection();
            return connection;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "Solr collection " + collection + " at " + target;
    }
}
