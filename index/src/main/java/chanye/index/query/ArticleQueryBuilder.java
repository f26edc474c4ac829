package chanye.index.query;

import chanye.classifier.segment.Segmenter;
import chanye.index.InvalidQueryException;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link ParsedQuery} into a Lucene query over the article fields.
 *
 * <p>Each part is analyzed like the index: HanLP words for {@code title}/{@code body} and character bigrams for
 * their {@code .bigrams} twins. A part matches when its words do (every word of an unquoted part, anywhere; the
 * words of a phrase, together and in order) or when its character bigrams do (all of them in the title or the
 * body; for a phrase, in order), so 塔里木 finds 塔里木油田 even where HanLP did not split the longer word. The
 * bigrams of an unquoted part are not required to stand in order: reading positions made unselective queries
 * about 30% slower (100,000 articles), and bigrams of one word that occur apart are rare. Matches in the title count
 * {@value #TITLE_BOOST} times those in the body; bigram matches count {@value #BIGRAM_WEIGHT} of word matches, so
 * that real words rank first.
 *
 * <p>A lone Chinese character (煤) equals no bigram, so it matches the bigrams that start with it (煤炭, 煤矿): a
 * prefix, one contiguous range of the term dictionary, as cheap to expand as it is bounded (by the characters that
 * follow it), and scored as a constant per field, so an article with the character in its title comes first.
 * Bigrams that end with it would need a leading wildcard, a walk over the whole dictionary; so the character is
 * missed where it only ever stands last in a run of Chinese characters (原煤。). Unigrams are not indexed: that
 * would slow indexing.
 */
public final class ArticleQueryBuilder {

    /** How much more a match in the title counts than one in the body. */
    public static final float TITLE_BOOST = 3f;

    /** How much a bigram match counts against a word match. */
    public static final float BIGRAM_WEIGHT = 0.5f;

    private final Analyzer analyzer;

    public ArticleQueryBuilder(Segmenter segmenter) {
        this.analyzer = ArticleAnalyzers.forQuery(segmenter);
    }

    /**
     * The Lucene query for {@code query}.
     *
     * @throws InvalidQueryException when it breaks the syntax or has nothing to search for (only punctuation,
     *     function words such as 的, or exclusions)
     */
    public Query build(String query) throws InvalidQueryException {
        ParsedQuery parsed = QuerySyntax.parse(query);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int required = 0;
        for (List<QueryPart> group : parsed.required()) {
            Query alternatives = anyOf(group);
            if (alternatives != null) {
                builder.add(alternatives, Occur.MUST);
                required++;
            }
        }
        if (required == 0) {
            throw new InvalidQueryException(parsed.excluded().isEmpty()
                    ? "nothing to search for in " + QuerySyntax.quoted(query)
                            + ": give at least one word (punctuation and words such as 的 are ignored)"
                    : "a query of exclusions only matches nothing: add a word to search for");
        }
        for (QueryPart part : parsed.excluded()) {
            Query excluded = partQuery(part);
            if (excluded != null) {
                builder.add(excluded, Occur.MUST_NOT);
            }
        }
        return builder.build();
    }

    /** One of the parts must match; null when none has anything to search for. */
    private Query anyOf(List<QueryPart> parts) {
        List<Query> queries = new ArrayList<>();
        for (QueryPart part : parts) {
            Query query = partQuery(part);
            if (query != null) {
                queries.add(query);
            }
        }
        return queries.size() <= 1 ? queries.stream().findFirst().orElse(null) : should(queries);
    }

    /**
     * The query of one part; null when it has no words (only punctuation or function words). A phrase with spaces
     * between Chinese words matches the text with the spaces (a title such as 提速 万米深井) or without them (哈密光伏
     * for {@code "哈密 光伏"}).
     */
    private Query partQuery(QueryPart part) {
        String joined = QuerySyntax.withoutSpacesInChinese(part.text());
        if (!part.phrase() || joined.equals(part.text())) {
            return partQueryAsTyped(part);
        }
        Query asTyped = partQueryAsTyped(part);
        Query withoutSpaces = partQueryAsTyped(new QueryPart(joined, true));
        return asTyped == null || withoutSpaces == null ? asTyped : should(List.of(asTyped, withoutSpaces));
    }

    private Query partQueryAsTyped(QueryPart part) {
        List<Positioned> words = analyze(ArticleFields.BODY, part.text());
        if (words.isEmpty()) {
            return null;
        }
        Query wordQuery = part.phrase() ? titleOrBody(ArticleFields.TITLE, ArticleFields.BODY, words, true, 1f)
                : allWords(words);
        List<Positioned> bigrams = analyze(ArticleFields.BODY_BIGRAMS, part.text());
        if (bigrams.isEmpty()) {
            return wordQuery;
        }
        Query bigramQuery = isOneHanCharacter(bigrams)
                ? startingWith(bigrams.get(0).term())
                : titleOrBody(ArticleFields.TITLE_BIGRAMS, ArticleFields.BODY_BIGRAMS, bigrams, part.phrase(),
                        BIGRAM_WEIGHT);
        return should(List.of(wordQuery, bigramQuery));
    }

    /** Whether the bigram analysis gave one lone Chinese character, which no bigram equals. */
    private static boolean isOneHanCharacter(List<Positioned> bigrams) {
        String term = bigrams.get(0).term();
        return bigrams.size() == 1 && term.codePointCount(0, term.length()) == 1
                && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * The bigrams that start with {@code character} (and the character where it stood alone), in the title,
     * boosted, or in the body; constant-scored per field, so the title counts, not how often it occurs.
     */
    private static Query startingWith(String character) {
        return should(List.of(
                new BoostQuery(new CharacterPrefixQuery(ArticleFields.TITLE_BIGRAMS, character),
                        TITLE_BOOST * BIGRAM_WEIGHT),
                new BoostQuery(new CharacterPrefixQuery(ArticleFields.BODY_BIGRAMS, character), BIGRAM_WEIGHT)));
    }

    /** Every word, in the title or the body. */
    private static Query allWords(List<Positioned> words) {
        if (words.size() == 1) {
            return titleOrBody(ArticleFields.TITLE, ArticleFields.BODY, words, true, 1f);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Positioned word : words) {
            all.add(titleOrBody(ArticleFields.TITLE, ArticleFields.BODY, List.of(word), true, 1f), Occur.MUST);
        }
        return all.build();
    }

    /**
     * The terms in the title, boosted, or in the body: as a phrase, or (cheaper: no positions to read) all of them
     * anywhere in the field; a term query when there is one term.
     */
    private static Query titleOrBody(String titleField, String bodyField, List<Positioned> terms, boolean phrase,
                                     float weight) {
        Query body = inField(bodyField, terms, phrase);
        return should(List.of(new BoostQuery(inField(titleField, terms, phrase), TITLE_BOOST * weight),
                weight == 1f ? body : new BoostQuery(body, weight)));
    }

    private static Query inField(String field, List<Positioned> terms, boolean phrase) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0).term()));
        }
        if (phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder();
            for (Positioned term : terms) {
                builder.add(new Term(field, term.term()), term.position());
            }
            return builder.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Positioned term : terms) {
            all.add(new TermQuery(new Term(field, term.term())), Occur.MUST);
        }
        return all.build();
    }

    private static Query should(List<Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    /** A term and its position in the analyzed text. */
    private record Positioned(String term, int position) {
    }

    private List<Positioned> analyze(String field, String text) {
        List<Positioned> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(new Positioned(term.toString(), Math.max(position, 0)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string failed: " + text, e);
        }
        return terms;
    }
}
