package chanye.index.search;

import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights hits: the whole title, and up to {@value #BODY_PASSAGES} sentences of the body, with the query's
 * matches in {@code <em>} tags. Matches of the bigram fields light up the same characters of their word field.
 * Offsets come from the postings, so nothing is re-analyzed, except for a multi-term query (a one-character
 * query's prefix): its terms are not known up front, so the highlighted documents' text is analyzed again. A body
 * without a match yields its first sentences.
 */
public final class ArticleHighlighter {

    /** How many sentences a body snippet holds at most. */
    public static final int BODY_PASSAGES = 2;

    private static final Map<String, Set<String>> MASKED_FIELDS = Map.of(
            ArticleFields.TITLE, Set.of(ArticleFields.TITLE, ArticleFields.TITLE_BIGRAMS),
            ArticleFields.BODY, Set.of(ArticleFields.BODY, ArticleFields.BODY_BIGRAMS));

    private static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};
    private static final int[] PASSAGES = {1, BODY_PASSAGES};

    private final UnifiedHighlighter highlighter;

    /**
     * A highlighter over {@code searcher}'s index that re-analyzes text with {@code analyzer} where the postings
     * cannot give the offsets, as for multi-term queries; see {@link ArticleAnalyzers#forHighlighting}.
     */
    public ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaskedFieldsFunc(MASKED_FIELDS::get)
                .withWeightMatches(false);
        this.highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return ArticleFields.TITLE.equals(field) ? new WholeBreakIterator() : new SentenceBreakIterator();
            }
        };
    }

    /** The highlighted titles and body snippets of {@code docIds}, in their order. */
    public Highlights highlight(Query query, int[] docIds) throws IOException {
        Map<String, String[]> fields = highlighter.highlightFields(FIELDS, query, docIds, PASSAGES);
        return new Highlights(Arrays.asList(fields.get(ArticleFields.TITLE)),
                Arrays.asList(fields.get(ArticleFields.BODY)));
    }

    /**
     * Highlighted fields of a page of hits.
     *
     * @param titles   the titles, one per document asked for ({@code null} where a document has none)
     * @param snippets the body snippets, likewise
     */
    public record Highlights(List<String> titles, List<String> snippets) {

        public Highlights {
            titles = Collections.unmodifiableList(new ArrayList<>(titles));
            snippets = Collections.unmodifiableList(new ArrayList<>(snippets));
        }
    }
}
