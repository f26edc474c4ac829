package chanye.index.query;

import java.util.Objects;

/**
 * One word or quoted phrase of a user query, as typed.
 *
 * @param text   the text without quotes
 * @param phrase whether it was quoted: its words must stand together, in order
 */
public record QueryPart(String text, boolean phrase) {

    public QueryPart {
        Objects.requireNonNull(text, "text");
    }
}
