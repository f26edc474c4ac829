package chanye.index.query;

import chanye.index.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the contract's query syntax: words separated by spaces are all required; {@code "..."} (or
 * {@code “...”}) is a phrase; {@code OR} between two words or phrases lets either match; {@code -word} or
 * {@code -"phrase"} excludes. {@code AND} is accepted and changes nothing, as it is the default. Every other
 * character is text: Lucene's operators such as {@code + ! ( ) : ^ ~ * ?} have no meaning here and are dropped by
 * the analyzer as punctuation, so no query can inject Lucene syntax.
 *
 * <p>Errors are one line naming the problem and where it is: an unclosed quote, an {@code OR} without a word on
 * each side, an {@code OR} next to an exclusion, a query over {@value #MAX_LENGTH} characters.
 */
public final class QuerySyntax {

    /** The longest query accepted, in characters; it bounds the size of the Lucene query built from it. */
    public static final int MAX_LENGTH = 200;

    private static final int MAX_QUOTED = 40;
    private static final String OR = "OR";
    private static final String AND = "AND";

    private QuerySyntax() {
    }

    /** One lexical item: a part (maybe excluded) or the OR operator. */
    private record Item(QueryPart part, boolean excluded, int column) {

        boolean isOr() {
            return part == null;
        }
    }

    /**
     * Parses {@code query}.
     *
     * @throws InvalidQueryException when it breaks the syntax
     */
    public static ParsedQuery parse(String query) throws InvalidQueryException {
        if (query.length() > MAX_LENGTH) {
            throw new InvalidQueryException("the query is too long (" + query.length() + " characters): use at most "
                    + MAX_LENGTH);
        }
        return group(lex(query));
    }

    private static List<Item> lex(String query) throws InvalidQueryException {
        List<Item> items = new ArrayList<>();
        int i = 0;
        int length = query.length();
        while (i < length) {
            char c = query.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int column = i + 1;
            boolean excluded = isMinus(c) && i + 1 < length && !isSpace(query.charAt(i + 1));
            if (excluded) {
                i++;
                c = query.charAt(i);
            }
            char close = closingQuote(c);
            if (close != 0) {
                int end = query.indexOf(close, i + 1);
                if (end < 0) {
                    throw new InvalidQueryException("unclosed quote at character " + (i + 1) + " of the query: "
                            + "close the phrase with " + close);
                }
                items.add(new Item(new QueryPart(query.substring(i + 1, end), true), excluded, column));
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < length && !isSpace(query.charAt(end)) && closingQuote(query.charAt(end)) == 0) {
                end++;
            }
            String word = query.substring(i, end);
            i = end;
            if (!excluded && word.equals(OR)) {
                items.add(new Item(null, false, column));
            } else if (excluded || !word.equals(AND)) {
                items.add(new Item(new QueryPart(word, false), excluded, column));
            }
        }
        return items;
    }

    private static ParsedQuery group(List<Item> items) throws InvalidQueryException {
        List<List<QueryPart>> required = new ArrayList<>();
        List<QueryPart> excluded = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.isOr()) {
                Item before = i > 0 ? items.get(i - 1) : null;
                Item after = i + 1 < items.size() ? items.get(i + 1) : null;
                if (before == null || after == null || before.isOr() || after.isOr()) {
                    throw new InvalidQueryException("OR at character " + item.column()
                            + " of the query needs a word or phrase on each side");
                }
                if (before.excluded() || after.excluded()) {
                    throw new InvalidQueryException("OR at character " + item.column()
                            + " of the query cannot join an excluded word: write the exclusion on its own");
                }
                required.get(required.size() - 1).add(after.part());
                i++;
            } else if (item.excluded()) {
                excluded.add(item.part());
            } else {
                List<QueryPart> alternatives = new ArrayList<>();
                alternatives.add(item.part());
                required.add(alternatives);
            }
        }
        return new ParsedQuery(required, excluded);
    }

    /**
     * {@code query} fit to quote in a one-line message: control characters and line breaks as spaces, at most
     * {@value #MAX_QUOTED} characters.
     */
    static String quoted(String query) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < query.length() && text.length() < MAX_QUOTED; i++) {
            char c = query.charAt(i);
            text.append(isSpace(c) ? ' ' : c);
        }
        String quoted = text.toString().replaceAll(" +", " ").strip();
        return "\"" + (query.length() > MAX_QUOTED ? quoted + "…" : quoted) + "\"";
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** The minus of a Chinese keyboard ({@code －}, full width) excludes like the ASCII one. */
    private static boolean isMinus(char c) {
        return c == '-' || c == '－';
    }

    /**
     * A phrase with the spaces between Chinese characters taken out, as it may stand in Chinese text, which mostly
     * has none ({@code "哈密 光伏"} for 哈密光伏); spaces next to other scripts stay ({@code "光伏 EPC"}).
     */
    static String withoutSpacesInChinese(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean betweenChinese = out.length() > 0 && isHan(out.charAt(out.length() - 1))
                    && isHan(nextNonSpace(phrase, i));
            if (!isSpace(c) || !betweenChinese) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char nextNonSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The quote that closes a phrase opened by {@code c}, or 0 when {@code c} opens none. */
    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            default -> 0;
        };
    }
}
