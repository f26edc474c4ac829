package chanye.crawler.extract;

import java.util.List;

/**
 * The article text kept from a container, with what the page classifier needs to know about the container.
 *
 * @param paragraphs    the kept paragraphs in reading order
 * @param proseLines    lines of running text in the container (noise blocks removed)
 * @param headlineLinks link lines long enough to be headlines in the container (noise blocks removed)
 * @param firstProse    index in the page of the container's first prose line, or -1
 * @param lastLine      index in the page of the last line kept, or -1
 */
record Body(List<String> paragraphs, int proseLines, int headlineLinks, int firstProse, int lastLine) {

    static final Body EMPTY = new Body(List.of(), 0, 0, -1, -1);

    Body {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs joined one a line. */
    String text() {
        return String.join("\n", paragraphs);
    }

    /** Characters of kept text, without line breaks. */
    int chars() {
        int chars = 0;
        for (String paragraph : paragraphs) {
            chars += paragraph.length();
        }
        return chars;
    }
}
