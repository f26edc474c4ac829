package chanye.index.report;

import chanye.index.StoredArticle;
import chanye.index.schema.ArticleDocuments;
import chanye.index.story.StoryFields;
import chanye.index.story.StoryIds;
import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A report over articles handed over one at a time, for an index whose documents {@link ReportBuilder} cannot read
 * itself (a Solr collection, which hands over the articles its selection keeps): they are written, without their
 * bodies, into a Lucene index in memory, which {@link ReportBuilder} then reads as it reads the local index. Only the
 * values a report counts and lists matter there, so text is not analysed and no content hash is kept.
 */
public final class ArticlesReport implements Closeable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;

    public ArticlesReport() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    }

    /** Adds one article of the selection; one without a story (indexed before stories were) is a story of its own. */
    public void add(StoredArticle stored) throws IOException {
        String url = stored.article().url();
        StoryFields story = stored.story() == null ? StoryFields.unsigned(StoryIds.of(url))
                : new StoryFields(stored.story(), null);
        writer.addDocument(ArticleDocuments.toDocument(stored.article(), null, story));
    }

    /** The report of every article added, cut as {@code request} says (its selection is already applied). */
    public Report build(ReportRequest request) throws IOException {
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return ReportBuilder.build(new IndexSearcher(reader), request, new MatchAllDocsQuery());
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }
}
