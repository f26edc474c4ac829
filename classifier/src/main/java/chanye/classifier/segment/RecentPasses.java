package chanye.classifier.segment;

import java.util.List;

/**
 * A thread's last few segmentation passes, each under the text it was asked for and under that text normalised; the
 * least recently used is forgotten first. A text asked for again, as the same string or an equal one, is found
 * without normalising it again: classifying an article, indexing it and signing it ask for its body three times or
 * more. Not thread-safe.
 */
final class RecentPasses {

    private final String[] texts;
    private final String[] normalized;
    private final Object[] passes;

    RecentPasses(int capacity) {
        this.texts = new String[capacity];
        this.normalized = new String[capacity];
        this.passes = new Object[capacity];
    }

    /** The pass of a text asked for before as it is, or null. */
    List<Token> byText(String text) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && (texts[i] == text || texts[i].equals(text))) {
                return use(i);
            }
        }
        return null;
    }

    /**
     * The pass of a text whose normalised form is {@code normalizedText}, or null; a pass found is remembered under
     * {@code text} from then on.
     */
    List<Token> byNormalized(String text, String normalizedText) {
        for (int i = 0; i < normalized.length; i++) {
            if (normalizedText.equals(normalized[i])) {
                List<Token> pass = use(i);
                texts[0] = text;
                return pass;
            }
        }
        return null;
    }

    /** Remembers the pass of {@code text}, normalised as {@code normalizedText}, as the most recent. */
    void put(String text, String normalizedText, List<Token> pass) {
        moveToFront(texts.length - 1, text, normalizedText, pass);
    }

    /** Makes pass {@code i} the most recent; its tokens. */
    @SuppressWarnings("unchecked")
    private List<Token> use(int i) {
        Object pass = passes[i];
        moveToFront(i, texts[i], normalized[i], pass);
        return (List<Token>) pass;
    }

    /** Moves the passes before place {@code i} one place back, over it, and puts this one first. */
    private void moveToFront(int i, String text, String normalizedText, Object pass) {
        System.arraycopy(texts, 0, texts, 1, i);
        System.arraycopy(normalized, 0, normalized, 1, i);
        System.arraycopy(passes, 0, passes, 1, i);
        texts[0] = text;
        normalized[0] = normalizedText;
        passes[0] = pass;
    }
}
