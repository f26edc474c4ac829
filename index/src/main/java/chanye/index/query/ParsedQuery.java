package chanye.index.query;

import java.util.List;

/**
 * A user query after parsing, before analysis: every required group must match (a group is one part, or parts
 * joined by {@code OR} of which one must match), and no excluded part may.
 *
 * @param required the groups that must each match
 * @param excluded the parts that must not match
 */
public record ParsedQuery(List<List<QueryPart>> required, List<QueryPart> excluded) {

    public ParsedQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }
}
