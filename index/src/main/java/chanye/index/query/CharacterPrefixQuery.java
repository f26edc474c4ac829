package chanye.index.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms of a bigram field that start with one Chinese character: the bigrams 煤炭, 煤矿 ... and the character
 * where it stood alone. It matches as a {@link PrefixQuery}; to a highlighter it names only the character itself,
 * which the highlighter's analysis also emits alone ({@link chanye.index.schema.ArticleAnalyzers#forHighlighting}),
 * so that 煤 is marked in 煤炭 rather than the whole pair.
 */
final class CharacterPrefixQuery extends PrefixQuery {

    /** The terms of {@code field} that start with {@code character}. */
    CharacterPrefixQuery(String field, String character) {
        super(new Term(field, character));
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(getField())) {
            visitor.consumeTermsMatching(this, getField(),
                    () -> new ByteRunAutomaton(Automata.makeString(getPrefix().text())));
        }
    }
}
