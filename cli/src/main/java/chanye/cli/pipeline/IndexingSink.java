package chanye.cli.pipeline;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.crawler.ArticleSink;
import chanye.crawler.CrawledArticle;
import chanye.crawler.extract.Article;
import chanye.index.ArticleWriter;
import chanye.index.BackendUnavailableException;
import chanye.index.IndexedArticle;
import chanye.index.UpsertResult;
import java.io.IOException;
import java.util.Objects;

/**
 * The crawl's sink: classifies each article and upserts it into the index, local or Solr, and deletes the documents
 * of pages gone at the source; a flush commits it. An index that cannot be written at all (a Solr cluster
 * gone) ends the crawl, with the page left queued.
 *
 * <p>Workers classify and upsert side by side (the local index itself puts one document into its writer at a time, so
 * that each commit flushes one segment). Segmentation is not repeated: the worker that classified an article upserts
 * it, so the words the classifier found are still in that worker's own memory of recent passes.
 */
public final class IndexingSink implements ArticleSink {

    private final ArticleClassifier classifier;
    private final ArticleWriter writer;

    public IndexingSink(ArticleClassifier classifier, ArticleWriter writer) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public Outcome accept(CrawledArticle crawled) throws IOException {
        Article article = crawled.article();
        Classification classification = classifier.classify(article.title(), article.body());
        IndexedArticle document = new IndexedArticle(crawled.url(), crawled.site(), article.title(), article.body(),
                article.source(), article.author(), article.publishTime(), crawled.fetchedAt(),
                classification.clusters(), classification.keywords(), classification.regions());
        UpsertResult result;
        try {
            result = writer.upsert(document);
        } catch (BackendUnavailableException e) {
            throw new UnavailableException(e.getMessage(), e);
        }
        return switch (result) {
            case INDEXED -> Outcome.INDEXED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }

    @Override
    public boolean remove(String url) throws IOException {
        try {
            return writer.delete(url);
        } catch (BackendUnavailableException e) {
            throw new UnavailableException(e.getMessage(), e);
        }
    }

    @Override
    public void flush() throws IOException {
        writer.commit();
    }
}
