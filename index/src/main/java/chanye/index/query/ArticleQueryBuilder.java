package chanye.index.query;

import chanye.classifier.segment.Segmenter;
import chanye.index.InvalidQueryException;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
 * {@value #TITLE_BOOST} times those in the body. Bigram matches only find: each field they match in adds a small
 * constant ({@value #PAIR_WEIGHT}), so an article with the words always ranks above one that has only the character
 * pairs, which may stand inside other words (新能 in 创新能力 for 新能源); they are not marked in snippets either
 * ({@link #highlighting}).
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

    /** How much a match of a lone character's pairs counts against a word match. */
    public static final float BIGRAM_WEIGHT = 0.5f;

    /** The constant score of a part's character pairs in the body: below any word match's score. */
    public static final float PAIR_WEIGHT = 0.01f;

    private final Analyzer analyzer;

    /** A builder that analyzes with {@code segmenter}'s words: the local index's query analysis. */
    public ArticleQueryBuilder(Segmenter segmenter) {
        this(ArticleAnalyzers.forQuery(segmenter));
    }

    /**
     * A builder over another per-field query analysis of the article fields, such as a Solr schema's, whose word and
     * bigram fields analyze as {@link ArticleAnalyzers#forQuery} does; Solr builds the same queries this way.
     */
    public ArticleQueryBuilder(Analyzer queryAnalyzer) {
        this.analyzer = Objects.requireNonNull(queryAnalyzer, "queryAnalyzer");
    }

    /**
     * The Lucene query for {@code query}.
     *
     * @throws InvalidQueryException when it breaks the syntax or has nothing to search for (only punctuation,
     *     function words such as 的, or exclusions)
     */
    public Query build(String query) throws InvalidQueryException {
        return build(query, false);
    }

    /**
     * What to mark in the hits of {@code query}: its words, and a lone character where it starts a pair of
     * characters, but not the character pairs of a longer part, which match inside other words (新能 in 创新能力 for
     * 新能源) and would mark text that is not what was searched for.
     *
     * @throws InvalidQueryException as {@link #build} does
     */
    public Query highlighting(String query) throws InvalidQueryException {
        return build(query, true);
    }

    private Query build(String query, boolean wordsOnly) throws InvalidQueryException {
        ParsedQuery parsed = QuerySyntax.parse(query);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int required = 0;
        for (List<QueryPart> group : parsed.required()) {
            Query alternatives = anyOf(group, wordsOnly);
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
            Query excluded = partQuery(part, false);
            if (excluded != null) {
                builder.add(excluded, Occur.MUST_NOT);
            }
        }
        return builder.build();
    }

    /** One of the parts must match; null when none has anything to search for. */
    private Query anyOf(List<QueryPart> parts, boolean wordsOnly) {
        List<Query> queries = new ArrayList<>();
        for (QueryPart part : parts) {
            Query query = partQuery(part, wordsOnly);
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
    private Query partQuery(QueryPart part, boolean wordsOnly) {
        String joined = QuerySyntax.withoutSpacesInChinese(part.text());
        if (!part.phrase() || joined.equals(part.text())) {
            return partQueryAsTyped(part, wordsOnly);
        }
        Query asTyped = partQueryAsTyped(part, wordsOnly);
        Query withoutSpaces = partQueryAsTyped(new QueryPart(joined, true), wordsOnly);
        return asTyped == null || withoutSpaces == null ? asTyped : should(List.of(asTyped, withoutSpaces));
    }

    private Query partQueryAsTyped(QueryPart part, boolean wordsOnly) {
        List<Positioned> words = analyze(ArticleFields.BODY, part.text());
        if (words.isEmpty()) {
            return null;
        }
        Query wordQuery = part.phrase() ? titleOrBody(words, true)
                : allWords(words);
        List<Positioned> bigrams = analyze(ArticleFields.BODY_BIGRAMS, part.text());
        if (bigrams.isEmpty() || (wordsOnly && !isOneHanCharacter(bigrams))) {
            return wordQuery;
        }
        Query bigramQuery = isOneHanCharacter(bigrams)
                ? startingWith(bigrams.get(0).term())
                : pairsInTitleOrBody(bigrams, part.phrase());
        return should(List.of(wordQuery, bigramQuery));
    }

    /**
     * The character pairs of a longer part in the title or the body, each field scored as a small constant: an article
     * found only by them (新能 in 创新能力 and 能源 elsewhere, for 新能源) ranks below every article with the words,
     * and among such articles, those with the pairs in the title first.
     */
    private static Query pairsInTitleOrBody(List<Positioned> bigrams, boolean phrase) {
        return should(List.of(
                new BoostQuery(new ConstantScoreQuery(inField(ArticleFields.TITLE_BIGRAMS, bigrams, phrase)),
                        TITLE_BOOST * PAIR_WEIGHT),
                new BoostQuery(new ConstantScoreQuery(inField(ArticleFields.BODY_BIGRAMS, bigrams, phrase)),
                        PAIR_WEIGHT)));
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
            return titleOrBody(words, true);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Positioned word : words) {
            all.add(titleOrBody(List.of(word), true), Occur.MUST);
        }
        return all.build();
    }

    /**
     * The words in the title, boosted, or in the body: as a phrase, or (cheaper: no positions to read) all of them
     * anywhere in the field; a term query when there is one word.
     */
    private static Query titleOrBody(List<Positioned> words, boolean phrase) {
        return should(List.of(new BoostQuery(inField(ArticleFields.TITLE, words, phrase), TITLE_BOOST),
                inField(ArticleFields.BODY, words, phrase)));
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
