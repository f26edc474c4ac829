package chanye.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * An element of the page with the lines its subtree produced: lines {@code start} (inclusive) to {@code end}
 * (exclusive) of the {@link PageText}. A subtree's lines are always contiguous, so per-element sums are prefix-sum
 * differences and no subtree is ever walked twice.
 *
 * @param element the element
 * @param depth   its depth below the walk's root (the root is 0)
 * @param start   its first line
 * @param end     one past its last line
 */
record Block(Element element, int depth, int start, int end) {

    /** Whether this block's lines lie within {@code other}'s. */
    boolean within(Block other) {
        return start >= other.start && end <= other.end;
    }
}
