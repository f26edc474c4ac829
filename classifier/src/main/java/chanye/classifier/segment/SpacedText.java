package chanye.classifier.segment;

import java.util.Arrays;

/**
 * Text written with spaces between its Chinese characters (新 疆 棉 花 丰 收), as some pages and copy-pastes have
 * it: HanLP would see single characters. Such a chunk is segmented without the spaces next to Chinese characters,
 * and each character of the compact text remembers its offset in the chunk. Spaces between Latin words stay.
 *
 * <p>A chunk is a range of a character array, read without copying it out first: every chunk of a text is asked
 * whether it is spaced, and sentences that end in 。 followed by a space make most chunks of some sites so.
 */
final class SpacedText {

    /** How many spaces between two Chinese characters make a chunk spaced out, rather than a stray space. */
    static final int MIN_GAPS = 3;

    private SpacedText() {
    }

    /**
     * Whether at least {@value #MIN_GAPS} runs of spaces stand between two Chinese characters in the chunk from
     * {@code start} to {@code end}.
     */
    static boolean isSpaced(char[] text, int start, int end) {
        int gaps = 0;
        for (int i = start + 1; i < end - 1; i++) {
            if (text[i] == ' ' && isChinese(text[i - 1])) {
                int j = i;
                while (j < end && text[j] == ' ') {
                    j++;
                }
                if (j < end && isChinese(text[j]) && ++gaps >= MIN_GAPS) {
                    return true;
                }
                i = j - 1;
            }
        }
        return false;
    }

    /**
     * The offset in the chunk from {@code start} to {@code end} of each character of the compact text: spaces are
     * dropped where a Chinese character stands on one side and no Latin letter on the other.
     */
    static int[] offsets(char[] text, int start, int end) {
        int[] offsets = new int[end - start];
        int kept = 0;
        int i = start;
        while (i < end) {
            if (text[i] != ' ') {
                offsets[kept++] = i++ - start;
                continue;
            }
            int j = i;
            while (j < end && text[j] == ' ') {
                j++;
            }
            char before = i > start ? text[i - 1] : 'a';
            char after = j < end ? text[j] : 'a';
            boolean drop = (isChinese(before) || isChinese(after)) && !isLatin(before) && !isLatin(after);
            if (!drop) {
                for (int k = i; k < j; k++) {
                    offsets[kept++] = k - start;
                }
            }
            i = j;
        }
        return Arrays.copyOf(offsets, kept);
    }

    /** The chunk that starts at {@code start} without the dropped spaces. */
    static char[] compact(char[] text, int start, int[] offsets) {
        char[] chars = new char[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            chars[i] = text[start + offsets[i]];
        }
        return chars;
    }

    /** A Chinese character or Chinese punctuation (the normaliser leaves 。 and 《》 full-width). */
    private static boolean isChinese(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u3000' && c <= '\u303f';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
