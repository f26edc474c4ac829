package chanye.index;

import chanye.classifier.ClusterTag;
import chanye.classifier.segment.Segmenter;
import chanye.index.query.ArticleQueryBuilder;
import chanye.index.query.SearchFilters;
import chanye.index.report.Report;
import chanye.index.report.ReportBuilder;
import chanye.index.report.ReportRequest;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ArticleSchema;
import chanye.index.schema.StoredValues;
import chanye.index.search.ArticleHighlighter;
import chanye.index.search.FacetCounts;
import chanye.index.search.Matches;
import chanye.index.search.StoryCopies;
import chanye.index.search.StoryGroups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Searches the index under a data directory; safe to use while a writer is adding documents.
 *
 * <p>It reads the last commit and takes no lock, so a search runs while a crawl in another process writes: it
 * sees what that crawl had committed when the searcher was opened, or last {@link #refresh refreshed}. Lucene
 * keeps a commit's files until no reader uses them. Thread-safe.
 */
public final class ArticleSearcher implements ArticleReader {

    private final Path indexDir;
    private final Directory directory;
    private final SearcherManager searchers;
    /** Made when a query is first analysed: a report or an export without a query never loads HanLP. */
    private final Lazy<ArticleQueryBuilder> queries;
    private final Lazy<Analyzer> highlightAnalyzer;

    private ArticleSearcher(Path indexDir, Directory directory, SearcherManager searchers,
                            Supplier<Segmenter> segmenter) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.searchers = searchers;
        Lazy<Segmenter> once = Lazy.of(segmenter);
        this.queries = Lazy.of(() -> new ArticleQueryBuilder(once.get()));
        this.highlightAnalyzer = Lazy.of(() -> ArticleAnalyzers.forHighlighting(once.get()));
    }

    /**
     * Opens the index in {@code indexDir} for reading.
     *
     * @throws IndexUnavailableException when there is no index there, or it is corrupt; the message says what to do
     */
    public static ArticleSearcher open(Path indexDir, Segmenter segmenter) throws IOException {
        Objects.requireNonNull(segmenter, "segmenter");
        return open(indexDir, () -> segmenter);
    }

    /**
     * Opens the index in {@code indexDir} for reading, asking {@code segmenter} once, when a query is first analysed.
     *
     * @throws IndexUnavailableException when there is no index there, or it is corrupt; the message says what to do
     */
    public static ArticleSearcher open(Path indexDir, Supplier<Segmenter> segmenter) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(segmenter, "segmenter");
        if (!Files.exists(indexDir)) {
            throw IndexErrors.missing(indexDir);
        }
        if (!Files.isDirectory(indexDir)) {
            throw IndexErrors.notADirectory(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw IndexErrors.missing(indexDir);
            }
            return new ArticleSearcher(indexDir, directory, new SearcherManager(directory, null), segmenter);
        } catch (IOException | RuntimeException e) {
            directory.close();
            if (e instanceof IOException io && IndexErrors.isCorruption(io)) {
                throw IndexErrors.corrupt(indexDir, io);
            }
            throw e;
        }
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException, InvalidQueryException {
        long started = System.nanoTime();
        if (!request.hasQuery() && !request.hasFilter()) {
            throw new InvalidQueryException("give a query, or a filter (a cluster, site, region, story or date) to"
                    + " list what it keeps");
        }
        Query userQuery = request.hasQuery() ? queries.get().build(request.query()) : null;
        Query query = SearchFilters.apply(userQuery == null ? new MatchAllDocsQuery() : userQuery, request);
        Query highlighted = request.hasQuery() ? queries.get().highlighting(request.query()) : query;
        IndexSearcher searcher = searchers.acquire();
        try {
            Matches matches = searcher.search(query, Matches.collector(userQuery != null));
            StoryGroups groups = StoryGroups.of(matches, request.allCopies());
            int[] page = groups.page(request.sort(), request.offset(), request.limit());
            List<SearchHit> hits = hits(searcher, highlighted, groups, page);
            Map<String, Map<String, Long>> facets = FacetCounts.of(searcher.getIndexReader(), groups);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchResponse(request.query(), groups.groups(), tookMs, hits, facets, groups.stories(),
                    matches.size());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query is too complex: use fewer words");
        } finally {
            searchers.release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query highlighted, StoryGroups groups, int[] page)
            throws IOException {
        int[] docIds = Arrays.stream(page).map(group -> groups.matches().doc(groups.representative(group))).toArray();
        ArticleHighlighter.Highlights highlights =
                new ArticleHighlighter(searcher, highlightAnalyzer.get()).highlight(highlighted, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(docIds[i], ArticleDocuments.HIT_FIELDS);
            IndexedArticle article = ArticleDocuments.toArticle(doc);
            String story = doc.get(ArticleFields.STORY);
            List<StoryCopy> copies = story == null ? List.of() : StoryCopies.of(searcher, story);
            boolean original = copies.isEmpty() || copies.get(0).url().equals(article.url());
            hits.add(new SearchHit(article.url(), article.title(), article.publishTime(), article.site(),
                    article.source(), article.clusters().stream().map(ClusterTag::id).toList(),
                    groups.score(page[i]), highlights.snippets().get(i), highlights.titles().get(i),
                    article.clusters(), article.author(), article.regions(), article.keywords(), story, original,
                    copies.stream().filter(copy -> !copy.url().equals(article.url())).toList()));
        }
        return hits;
    }

    @Override
    public Report report(ReportRequest request) throws IOException, InvalidQueryException {
        SearchRequest selection = request.selection();
        Query query = SearchFilters.apply(selection.hasQuery() ? queries.get().build(selection.query())
                : new MatchAllDocsQuery(), selection);
        IndexSearcher searcher = searchers.acquire();
        try {
            return ReportBuilder.build(searcher, request, query);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long export(SearchRequest selection, boolean withBody, ExportAction action)
            throws IOException, InvalidQueryException {
        Query query = SearchFilters.apply(selection.hasQuery() ? queries.get().build(selection.query())
                : new MatchAllDocsQuery(), selection);
        Set<String> fields = new HashSet<>(ArticleDocuments.HIT_FIELDS);
        if (withBody) {
            fields.add(ArticleFields.BODY);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Matches matches = searcher.search(query, Matches.collector(false));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int i = 0;
            while (i < matches.size()) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(matches.doc(i), leaves));
                int leafEnd = leaf.docBase + leaf.reader().maxDoc();
                StoredFieldsReader stored = sequentialStoredFields(leaf);
                for (; i < matches.size() && matches.doc(i) < leafEnd; i++) {
                    StoredValues values = new StoredValues(fields);
                    stored.document(matches.doc(i) - leaf.docBase, values);
                    action.accept(new StoredArticle(ArticleSchema.article(values::get),
                            values.first(ArticleFields.STORY)));
                }
            }
            return matches.size();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The segment's stored fields for reading documents in order: the merge instance keeps each decompressed block,
     * where the ordinary reader decompresses a block again for each of its documents. The leaves of a directory
     * reader are segment readers, which are codec readers.
     */
    private static StoredFieldsReader sequentialStoredFields(LeafReaderContext leaf) {
        return ((CodecReader) leaf.reader()).getFieldsReader().getMergeInstance();
    }

    @Override
    public Optional<IndexedArticle> get(String url) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.URL, url)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public IndexStats stats() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            return new IndexStats(reader.numDocs(),
                    FacetCounts.count(reader, ArticleFields.CLUSTER),
                    FacetCounts.count(reader, ArticleFields.SITE),
                    publishTimeAtEnd(searcher, false), publishTimeAtEnd(searcher, true), StoryCopies.count(reader));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long forEach(ArticleAction action) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        action.accept(ArticleDocuments.toArticle(stored.document(doc)));
                        count++;
                    }
                }
            }
            return count;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The earliest (or latest) publish time in the index, or null when no article has one. */
    private static OffsetDateTime publishTimeAtEnd(IndexSearcher searcher, boolean latest) throws IOException {
        SortField field = new SortField(ArticleFields.PUBLISH_TIME, SortField.Type.LONG, latest);
        field.setMissingValue(latest ? Long.MIN_VALUE : Long.MAX_VALUE);
        TopDocs top = searcher.search(new MatchAllDocsQuery(), 1, new Sort(field));
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, ArticleDocuments.HIT_FIELDS);
        return ArticleDocuments.toArticle(doc).publishTime();
    }

    /**
     * Makes the searcher see what writers have committed since it was opened; searches already running finish on
     * the view they started with.
     *
     * @return whether anything changed
     */
    public boolean refresh() throws IOException {
        IndexSearcher before = searchers.acquire();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher after = searchers.acquire();
            try {
                return after != before;
            } finally {
                searchers.release(after);
            }
        } finally {
            searchers.release(before);
        }
    }

    /** The index directory this searcher reads. */
    public Path indexDir() {
        return indexDir;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
        }
    }
}
