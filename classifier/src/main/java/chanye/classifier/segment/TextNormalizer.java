package chanye.classifier.segment;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * Folds text to the form the dictionaries are written in: traditional characters to simplified, full-width letters,
 * digits and punctuation to half-width, upper case to lower case.
 *
 * <p>The folding is character for character, so the result has the length of the input and an offset into it is an
 * offset into the original text.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised text, of the same length as {@code text}. */
    public static String normalize(String text) {
        return CharTable.convert(text);
    }
}
