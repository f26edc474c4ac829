package chanye.classifier.segment;

import java.util.Arrays;

/**
 * Text written with spaces between its Chinese characters (新 疆 棉 花 丰 收), as some pages and copy-pastes have
 * it: HanLP would see single characters. Such a chunk is segmented without the spaces next to Chinese characters,
 * and each character of the compact text remembers its offset in the chunk. Spaces between Latin words stay.
 */
final class SpacedText {

    /** How many spaces between two Chinese characters make a chunk spaced out, rather than a stray space. */
    static final int MIN_GAPS = 3;

    private SpacedText() {
    }

    /** Whether at least {@value #MIN_GAPS} runs of spaces stand between two Chinese characters. */
    static boolean isSpaced(String chunk) {
        int gaps = 0;
        int length = chunk.length();
        for (int i = 1; i < length - 1; i++) {
            if (chunk.charAt(i) == ' ' && isChinese(chunk.charAt(i - 1))) {
                int j = i;
                while (j < length && chunk.charAt(j) == ' ') {
                    j++;
                }
                if (j < length && isChinese(chunk.charAt(j)) && ++gaps >= MIN_GAPS) {
                    return true;
                }
                i = j - 1;
            }
        }
        return false;
    }

    /**
     * The offset in the chunk of each character of the compact text: spaces are dropped where a Chinese character
     * stands on one side and no Latin letter on the other.
     */
    static int[] offsets(String chunk) {
        int length = chunk.length();
        int[] offsets = new int[length];
        int kept = 0;
        int i = 0;
        while (i < length) {
            if (chunk.charAt(i) != ' ') {
                offsets[kept++] = i++;
                continue;
            }
            int j = i;
            while (j < length && chunk.charAt(j) == ' ') {
                j++;
            }
            char before = i > 0 ? chunk.charAt(i - 1) : 'a';
            char after = j < length ? chunk.charAt(j) : 'a';
            boolean drop = (isChinese(before) || isChinese(after)) && !isLatin(before) && !isLatin(after);
            if (!drop) {
                for (int k = i; k < j; k++) {
                    offsets[kept++] = k;
                }
            }
            i = j;
        }
        return Arrays.copyOf(offsets, kept);
    }

    /** The chunk without the dropped spaces. */
    static String compact(String chunk, int[] offsets) {
        char[] chars = new char[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            chars[i] = chunk.charAt(offsets[i]);
        }
        return new String(chars);
    }

    /** A Chinese character or Chinese punctuation (the normaliser leaves 。 and 《》 full-width). */
    private static boolean isChinese(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u3000' && c <= '\u303f';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
