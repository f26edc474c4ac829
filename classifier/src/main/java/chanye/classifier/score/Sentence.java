package chanye.classifier.score;

/**
 * A sentence of a scored text: the title, or a span of the body that ends at 。！？；, a line break or the end.
 *
 * @param title     whether it is the title
 * @param start     its offset in the title or body
 * @param end       the offset after it
 * @param lead      whether it lies in the lead paragraph
 * @param content   whether it is a sentence of content: a content word (production, trade, projects), and no
 *                  unrelated word
 * @param listItem  whether it starts a list item (一是, 二、, (三), 4., a heading ending in ：)
 */
public record Sentence(boolean title, int start, int end, boolean lead, boolean content, boolean listItem) {
}
