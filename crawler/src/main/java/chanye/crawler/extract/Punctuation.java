package chanye.crawler.extract;

/**
 * Counts sentence punctuation, the mark of running text: Chinese prose is dense with ，。、 while navigation,
 * headlines and bylines carry almost none.
 */
final class Punctuation {

    private Punctuation() {
    }

    /**
     * The number of sentence punctuation marks (，。！？；、“”‘’… and {@code ,.!?;}) in {@code text}. ASCII letters
     * and Han characters, most of any text, lie between the marks' ranges and are passed at once. A String, not a
     * CharSequence: C1 calls a String's charAt directly, an interface's through a lookup per character.
     */
    static int count(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '?' && c < '‘' || c > '。' && c < '！') {
                continue;
            }
            switch (c) {
                case '，', '。', '！', '？', '；', '、', '“', '”', '‘', '’', '…' -> count++;
                case ',', '.', '!', '?', ';' -> count += endsWord(text, i) ? 1 : 0;
                default -> {
                }
            }
        }
        return count;
    }

    /** An ASCII mark between two ASCII letters or digits, as in 2024.05.11, 1,000 or 1905.com, ends nothing. */
    private static boolean endsWord(String text, int i) {
        return i == 0 || i + 1 == text.length() || !isAsciiAlnum(text.charAt(i - 1))
                || !isAsciiAlnum(text.charAt(i + 1));
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Whether {@code text} ends like a teaser cut short: with an ellipsis. */
    static boolean endsWithEllipsis(String text) {
        return text.endsWith("...") || text.endsWith("…") || text.endsWith("。。。");
    }
}
