package chanye.crawler.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that mark noise in a page's text: headings of "extended reading" and similar blocks, disclaimer
 * openings and ad labels. Loaded once from {@code noise-markers.txt} beside this class.
 */
final class NoiseMarkers {

    private static final String RESOURCE = "noise-markers.txt";
    private static final int HEADING_SLACK = 6;
    private static final int MAX_HEADING_CHARS = 24;
    private static final int MAX_AD_LABEL = 40;
    private static final Pattern LABELLED_OPENING = Pattern.compile(
            "^\\s*(?:[【\\[(（]\\s*([^】\\])）]{1,16}?)\\s*[】\\])）]|([^：:\\s]{1,16}?)\\s*[：:])");
    private static final Pattern NAMED_NOTICE = Pattern.compile("^[\\[【(（]?\\p{IsHan}{0,2}声明\\s*[：:】\\]]");

    /** What {@link #keyChar} gives for a non-ASCII letter with case. */
    private static final int OTHER_CASE = -2;

    private static final Set<String> KEYED_GROUPS = Set.of("section", "disclaimer-phrase", "ad");

    private static final NoiseMarkers DEFAULT = load();

    private final List<String> sections;
    /**
     * The disclaimer openings by the case fold of their first character ({@link #fold}): a line is compared with the
     * few that can match its opening, not with all of them.
     */
    private final Map<Character, List<String>> disclaimersByFold;
    /** The disclaimer phrases by their first character: a line is read once, not once per phrase. */
    private final Map<Character, List<String>> phrasesByFirst;
    /**
     * The first characters of the disclaimer phrases, one bit per char: read for every character of the body, where a
     * BitSet's get, too large for C1 to inline, cost a call each.
     */
    private final long[] phraseStarts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    private final Set<String> ads;

    private NoiseMarkers(List<String> sections, List<String> disclaimers, List<String> disclaimerPhrases,
                         Set<String> ads) {
        this.sections = List.copyOf(sections);
        this.disclaimersByFold = byFirstChar(disclaimers, NoiseMarkers::fold);
        this.phrasesByFirst = byFirstChar(disclaimerPhrases, c -> c);
        phrasesByFirst.keySet().forEach(c -> phraseStarts[c / Long.SIZE] |= 1L << c);
        this.ads = Set.copyOf(ads);
    }

    /** The non-empty entries grouped by what {@code keyOf} makes of their first character, in their order. */
    private static Map<Character, List<String>> byFirstChar(List<String> entries, UnaryOperator<Character> keyOf) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String entry : entries) {
            if (!entry.isEmpty()) {
                groups.computeIfAbsent(keyOf.apply(entry.charAt(0)), c -> new ArrayList<>()).add(entry);
            }
        }
        groups.replaceAll((c, group) -> List.copyOf(group));
        return Map.copyOf(groups);
    }

    /**
     * The case fold of a character: two characters that {@link String#regionMatches(boolean, int, String, int, int)}
     * takes as equal when ignoring case have the same fold.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The markers shipped with the extractor. */
    static NoiseMarkers defaults() {
        return DEFAULT;
    }

    /** Whether a line is the heading of a noise block, such as 【相关阅读】 or 猜你喜欢 换一换. */
    boolean isSectionHeading(TextLine line) {
        if (line.chars() > MAX_HEADING_CHARS) {
            return false;
        }
        String key = key(line.text());
        for (String marker : sections) {
            if (key.startsWith(marker) && key.length() <= marker.length() + HEADING_SLACK) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is a disclaimer or copyright notice: it opens like 免责声明：, 平台声明： or 版权所有 ©, or says
     * something like 本平台仅提供信息存储服务.
     */
    boolean isDisclaimer(String text) {
        int start = openingAt(text);
        List<String> markers = start < text.length() ? disclaimersByFold.get(fold(text.charAt(start))) : null;
        if (markers != null) {
            for (String marker : markers) {
                if (text.regionMatches(true, start, marker, 0, marker.length())) {
                    return true;
                }
            }
        }
        if (text.startsWith("©") || NAMED_NOTICE.matcher(text).lookingAt()) {
            return true;
        }
        return holdsPhrase(text);
    }

    /**
     * Whether the text holds a disclaimer phrase once reduced to its {@linkplain #key key}: read in place, each
     * character lower-cased as it comes, so that the paragraphs of every article are not copied to be searched. A
     * text with a non-ASCII letter that has case (Ä, Σ) is searched in its key, as lower-casing it may take context.
     */
    private boolean holdsPhrase(String text) {
        for (int i = 0; i < text.length(); i++) {
            int c = keyChar(text.charAt(i));
            if (c == OTHER_CASE) {
                return holdsPhraseInKey(key(text));
            }
            List<String> phrases = c >= 0 && mayStartPhrase((char) c) ? phrasesByFirst.get((char) c) : null;
            if (phrases != null) {
                for (String phrase : phrases) {
                    if (startsAt(text, i, phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean holdsPhraseInKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            List<String> phrases = mayStartPhrase(key.charAt(i)) ? phrasesByFirst.get(key.charAt(i)) : null;
            if (phrases != null) {
                for (String phrase : phrases) {
                    if (key.startsWith(phrase, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean mayStartPhrase(char c) {
        return (phraseStarts[c / Long.SIZE] & 1L << c) != 0;
    }

    /** Whether the key of the text from {@code from} on starts with {@code phrase}. */
    private static boolean startsAt(String text, int from, String phrase) {
        int matched = 0;
        for (int i = from; i < text.length() && matched < phrase.length(); i++) {
            int c = keyChar(text.charAt(i));
            if (c == OTHER_CASE || c >= 0 && c != phrase.charAt(matched++)) {
                return false;
            }
        }
        return matched == phrase.length();
    }

    /**
     * The character as it stands in a key: lower-cased if an ASCII letter; -1 for a character keys leave out;
     * {@link #OTHER_CASE} for a non-ASCII letter with case. The common Han characters (U+4E00 to U+9FA5, letters
     * without case in every Unicode version) are passed without a look-up.
     */
    private static int keyChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : -1;
        }
        if (c >= '\u4E00' && c <= '\u9FA5') {
            return c;
        }
        if (!Character.isLetterOrDigit(c)) {
            return -1;
        }
        return Character.toLowerCase(c) != c ? OTHER_CASE : c;
    }

    /** Whether a line is only an ad label, such as 广告 or AD. */
    boolean isAdLabel(String text) {
        return text.length() <= MAX_AD_LABEL && ads.contains(key(text));
    }

    /**
     * Whether a paragraph is an ad set inline in the text: it opens with an ad label in brackets or before a colon,
     * such as 【广告】 or 推广：.
     */
    boolean isAdParagraph(String text) {
        if (!hasColon(text) && !opensWithBracket(text)) {
            return false;
        }
        Matcher m = LABELLED_OPENING.matcher(text);
        return m.lookingAt() && ads.contains(key(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    /** Whether the text holds a colon, full-width or ASCII, as a label's does. */
    static boolean hasColon(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    /** Whether the text opens, past its white space, with a bracket that may enclose a label: 【, [, ( or （. */
    private static boolean opensWithBracket(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) >= '\t' && text.charAt(i) <= '\r')) {
            i++;
        }
        char c = i < text.length() ? text.charAt(i) : ' ';
        return c == '【' || c == '[' || c == '(' || c == '（';
    }

    /** Letters and digits only, lower-cased: what markers are compared with. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean otherCase = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = keyChar(c);
            if (k == OTHER_CASE) {
                key.append(c);
                otherCase = true;
            } else if (k >= 0) {
                key.append((char) k);
            }
        }
        return otherCase ? key.toString().toLowerCase(Locale.ROOT) : key.toString();
    }

    /** Where the text starts past its opening marks (brackets, spaces): its first letter or digit. */
    private static int openingAt(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static NoiseMarkers load() {
        Map<String, List<String>> groups = new HashMap<>();
        try (InputStream in = NoiseMarkers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + NoiseMarkers.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String group = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    group = entry.substring(1, entry.length() - 1);
                } else if (group != null) {
                    groups.computeIfAbsent(group, k -> new ArrayList<>())
                            .add(KEYED_GROUPS.contains(group) ? key(entry) : entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new NoiseMarkers(groups.getOrDefault("section", List.of()),
                groups.getOrDefault("disclaimer", List.of()), groups.getOrDefault("disclaimer-phrase", List.of()),
                Set.copyOf(groups.getOrDefault("ad", List.of())));
    }
}
