package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.schema.ContentHash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every {@link IndexBackend} must do alike, as checks on a fresh, empty backend: the local index's tests and
 * the Solr backend's run the same ones, so that a crawl or a search cannot tell them apart.
 */
public final class BackendContract {

    private BackendContract() {
    }

    /** One check of the contract, run on a fresh, empty backend. */
    @FunctionalInterface
    public interface Check {

        void run(IndexBackend backend) throws IOException;
    }

    /** A check with its name, for parameterized tests. */
    public record NamedCheck(String name, Check check) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every check of the contract. */
    public static List<NamedCheck> checks() {
        return List.of(
                new NamedCheck("upsert tells new, changed, unchanged and duplicate content apart",
                        BackendContract::upsertTellsNewChangedUnchangedAndDuplicateApart),
                new NamedCheck("the duplicate lookup finds the URL holding a content",
                        BackendContract::urlWithContentFindsTheHolder),
                new NamedCheck("delete removes the document of a URL", BackendContract::deleteRemovesTheDocumentOfAUrl),
                new NamedCheck("every article reads back whole", BackendContract::readsBackEveryArticleWhole),
                new NamedCheck("copies on other sites are one story, one hit",
                        BackendContract::copiesOnOtherSitesAreOneStory));
    }

    /** An article with another URL, title and body. */
    public static IndexedArticle withText(IndexedArticle article, String url, String title, String body) {
        return new IndexedArticle(url, article.site(), title, body, article.source(), article.author(),
                article.publishTime(), article.crawlTime(), article.clusters(), article.keywords(), article.regions());
    }

    /** New, changed, unchanged and duplicate content are told apart, and one URL holds one document. */
    static void upsertTellsNewChangedUnchangedAndDuplicateApart(IndexBackend backend) throws IOException {
        IndexedArticle article = FixtureArticles.named("coal-01");
        try (ArticleWriter writer = backend.openWriter()) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(article));
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(article));
            writer.commit();
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(withText(article, article.url(),
                    " " + article.title(), article.body().replace("\n", "\r\n\r\n"))), "whitespace is not content");
            assertEquals(UpsertResult.DUPLICATE, writer.upsert(withText(article, article.url() + "?from=rss",
                    article.title(), article.body())));
            assertEquals(UpsertResult.INDEXED, writer.upsert(withText(article, article.url(),
                    article.title() + "（更新）", article.body())));
            assertEquals(UpsertResult.INDEXED, writer.upsert(withText(article, article.url() + "?from=rss",
                    article.title(), article.body())), "the content the URL gave up may live elsewhere");
            writer.commit();
        }
        try (ArticleReader reader = backend.openReader()) {
            assertEquals(2, reader.stats().documents(), "a re-crawled URL replaces its document");
            assertEquals(article.title() + "（更新）", reader.get(article.url()).orElseThrow().title());
        }
    }

    /** The duplicate lookup names the URL that holds a content, before and after a commit. */
    static void urlWithContentFindsTheHolder(IndexBackend backend) throws IOException {
        IndexedArticle article = FixtureArticles.named("grain-01");
        String hash = ContentHash.of(article.title(), article.body());
        try (ArticleWriter writer = backend.openWriter()) {
            assertEquals(Optional.empty(), writer.urlWithContent(article.site(), hash));
            writer.upsert(article);
            assertEquals(Optional.of(article.url()), writer.urlWithContent(article.site(), hash), "before the commit");
            writer.commit();
            assertEquals(Optional.of(article.url()), writer.urlWithContent(article.site(), hash), "after the commit");
            writer.upsert(withText(article, article.url(), "更正：" + article.title(), article.body()));
            assertEquals(Optional.empty(), writer.urlWithContent(article.site(), hash), "the URL holds other content now");
            writer.commit();
        }
        try (ArticleWriter reopened = backend.openWriter()) {
            assertEquals(Optional.of(article.url()), reopened.urlWithContent(article.site(),
                    ContentHash.of("更正：" + article.title(), article.body())), "after reopening");
            assertEquals(Optional.empty(), reopened.urlWithContent("other.example",
                    ContentHash.of("更正：" + article.title(), article.body())), "on another site");
        }
    }

    /** A deleted URL is gone from searches and statistics, and its content may come back under another URL. */
    static void deleteRemovesTheDocumentOfAUrl(IndexBackend backend) throws IOException {
        IndexedArticle gone = FixtureArticles.named("fruit-01");
        IndexedArticle kept = FixtureArticles.named("fruit-02");
        try (ArticleWriter writer = backend.openWriter()) {
            writer.upsert(gone);
            writer.upsert(kept);
            writer.commit();
            assertTrue(writer.delete(gone.url()));
            assertFalse(writer.delete(gone.url()), "deleted already");
            assertFalse(writer.delete("https://nowhere.example/never-indexed.html"));
            assertEquals(UpsertResult.INDEXED, writer.upsert(withText(gone, gone.url() + "?moved", gone.title(),
                    gone.body())), "its content is free again");
            writer.commit();
        }
        try (ArticleReader reader = backend.openReader()) {
            assertEquals(Optional.empty(), reader.get(gone.url()));
            assertEquals(2, reader.stats().documents());
        }
    }

    /** Every article comes back whole, body included, from {@link ArticleReader#forEach} and by URL. */
    static void readsBackEveryArticleWhole(IndexBackend backend) throws IOException {
        List<IndexedArticle> articles = FixtureArticles.all();
        try (ArticleWriter writer = backend.openWriter()) {
            for (IndexedArticle article : articles) {
                writer.upsert(article);
            }
            writer.commit();
        }
        try (ArticleReader reader = backend.openReader()) {
            List<IndexedArticle> read = new ArrayList<>();
            assertEquals(articles.size(), reader.forEach(read::add));
            Comparator<IndexedArticle> byUrl = Comparator.comparing(IndexedArticle::url);
            assertEquals(articles.stream().sorted(byUrl).toList(), read.stream().sorted(byUrl).toList());
            IndexedArticle one = articles.get(articles.size() / 2);
            assertEquals(Optional.of(one), reader.get(one.url()));
        }
    }

    /**
     * The same article on another site, and an edited copy on a third, are indexed in one story: a search shows it
     * once, by its earliest published copy, with the others listed; every copy is listed when asked; stats count
     * three documents and one story.
     */
    static void copiesOnOtherSitesAreOneStory(IndexBackend backend) throws IOException {
        IndexedArticle article = FixtureArticles.named("energy-05");
        IndexedArticle same = onSite(article, "portal.example", 2, article.body());
        IndexedArticle edited = onSite(article, "earlier.example", -3,
                "原标题：" + article.title() + "\n" + article.body() + "\n来源：天山网");
        try (ArticleWriter writer = backend.openWriter()) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(article));
            assertEquals(UpsertResult.INDEXED, writer.upsert(same), "the same text on another site is a copy");
            writer.commit();
            assertEquals(UpsertResult.INDEXED, writer.upsert(edited));
            writer.commit();
        }
        try (ArticleReader reader = backend.openReader()) {
            SearchResponse one = search(reader, article.title(), false);
            assertEquals(1, one.total());
            assertEquals(edited.url(), one.hits().get(0).url(), "the earliest published copy shows the story");
            assertEquals(List.of(article.url(), same.url()),
                    one.hits().get(0).copies().stream().map(StoryCopy::url).toList());
            SearchResponse every = search(reader, article.title(), true);
            assertEquals(3, every.total());
            assertEquals(1, every.stories());
            assertEquals(3, reader.stats().documents());
            assertEquals(1, reader.stats().stories());
        }
    }

    private static IndexedArticle onSite(IndexedArticle article, String site, int hours, String body) {
        return new IndexedArticle("https://" + site + "/copy.html", site, article.title(), body, article.source(),
                article.author(), article.publishTime().plusHours(hours), article.crawlTime(), article.clusters(),
                article.keywords(), article.regions());
    }

    private static SearchResponse search(ArticleReader reader, String query, boolean allCopies) throws IOException {
        try {
            return reader.search(new SearchRequest(query, List.of(), List.of(), null, null, null, 10, 0, List.of(),
                    null, allCopies));
        } catch (InvalidQueryException e) {
            throw new AssertionError(e);
        }
    }
}
