package chanye.index.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for Chinese text: after 。！？； and their ASCII forms {@code ! ? ;}, after a line break, and
 * after the closing quotes, brackets and spaces that follow such a mark (他说：“好。” stays one sentence). The JDK's
 * sentence iterator does not know Chinese punctuation; the highlighter needs this one to cut snippets.
 */
public final class SentenceBreakIterator extends BreakIterator {

    private static final String SENTENCE_ENDS = "。！？；!?;\n";
    private static final String TRAILERS = "”’」』）)》】\"' \t\r\u3000";

    private CharacterIterator text = new StringCharacterIterator("");
    private int[] boundaries = {0};
    private int current;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        int[] found = new int[16];
        int count = 0;
        found[count++] = begin;
        int i = begin;
        while (i < end) {
            char c = newText.setIndex(i);
            i++;
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                while (i < end && (SENTENCE_ENDS.indexOf(newText.setIndex(i)) >= 0
                        || TRAILERS.indexOf(newText.setIndex(i)) >= 0)) {
                    i++;
                }
                if (i < end) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
        }
        if (end > begin) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count + 1);
            }
            found[count++] = end;
        }
        boundaries = Arrays.copyOf(found, count);
        current = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[current];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= boundaries.length) {
            current = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int next = index >= 0 ? index + 1 : -index - 1;
        if (next >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = next;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int previous = index >= 0 ? index - 1 : -index - 2;
        if (previous < 0) {
            current = 0;
            return DONE;
        }
        current = previous;
        return boundaries[current];
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text ["
                    + text.getBeginIndex() + ", " + text.getEndIndex() + "]");
        }
    }
}
