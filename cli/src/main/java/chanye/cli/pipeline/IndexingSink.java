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
 * <p>Workers classify side by side; an index that {@linkplain ArticleWriter#writesBestOneAtATime() is written best
 * one at a time} (the local one) takes their articles one after the other, so that each commit flushes one segment
 * instead of one per worker. Its segmentation is not repeated: the words the classifier found are still in the
 * worker's own memory of recent passes when the same worker upserts.
 */
public final class IndexingSink implements ArticleSink {

    private final ArticleClassifier classifier;
    private final ArticleWriter writer;
    /** Held while upserting when the index is written best one at a time; {@code null} otherwise. */
    private final Object oneAtATime;

    public IndexingSink(ArticleClassifier classifier, ArticleWriter writer) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.oneAtATime = writer.writesBestOneAtATime() ? new Object() : null;
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
            result = upsert(document);
        } catch (BackendUnavailableException e) {
            throw new UnavailableException(e.getMessage(), e);
        }
        return switch (result) {
            case INDEXED -> Outcome.INDEXED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }

    private UpsertResult upsert(IndexedArticle document) throws IOException {
        if (oneAtATime == null) {
            return writer.upsert(document);
        }
        synchronized (oneAtATime) {
            return writer.upsert(document);
        }
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
