package chanye.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * One visual line of a page: the inline text between two block boundaries, with the statistics the body locator
 * and the assembler need, computed once.
 *
 * @param text        the text, whitespace collapsed
 * @param owner       the innermost block element holding the line
 * @param chars       non-whitespace characters
 * @param linkChars   non-whitespace characters inside links
 * @param punctuation sentence punctuation marks (，。！？；、 and their ASCII kin)
 * @param heading     whether the line sits in an {@code h1}..{@code h6}
 * @param noiseDepth  depth of the deepest ancestor whose class or id names boilerplate (share, comment, ad...), or
 *                    -1 when there is none
 */
record TextLine(String text, Element owner, int chars, int linkChars, int punctuation, boolean heading,
                int noiseDepth) {

    private static final int MIN_PROSE_CHARS = 8;

    /** Whether more than half of the line is link text. */
    boolean isLinkLine() {
        return linkChars * 2 > chars;
    }

    /** Whether the line reads like running text: enough non-link characters and at least one punctuation mark. */
    boolean isProse() {
        return !heading && !isLinkLine() && chars - linkChars >= MIN_PROSE_CHARS && punctuation > 0;
    }
}
