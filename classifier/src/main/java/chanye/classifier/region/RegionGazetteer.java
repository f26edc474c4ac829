package chanye.classifier.region;

import chanye.classifier.segment.Token;
import chanye.classifier.segment.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Xinjiang places a text mentions: prefectures, cities, counties and the corps' divisions (第八师), from the
 * list in the classifier's resources ({@code region/xinjiang-places.tsv}).
 *
 * <p>Places are matched on whole words, so 和田 is found in 和田地区 but not in 他和田野. A word also matches with an
 * administrative suffix (哈密市, 昌吉州). Each place is reported once, under its usual short name, in order of first
 * mention. Immutable and thread-safe.
 */
public final class RegionGazetteer {

    private static final String RESOURCE = "xinjiang-places.tsv";
    private static final List<String> SUFFIXES = List.of("地区", "市", "州", "县", "区");

    private final Map<String, String> placeByName;
    /** Every name and alias, also with each suffix, to its place: one look-up per word. */
    private final WordTable<String> placeByWord;
    /** The length of the shortest of those words: a shorter word (的, 在, a comma) needs no look-up. */
    private final int shortest;

    private RegionGazetteer(Map<String, String> placeByName) {
        this.placeByName = Map.copyOf(placeByName);
        Map<String, String> placeByWord = withSuffixes(placeByName);
        this.placeByWord = WordTable.of(placeByWord);
        this.shortest = placeByWord.keySet().stream().mapToInt(String::length).min().orElse(1);
    }

    /**
     * The names, and each name of two or more characters with each suffix, to their places. A word that is a name
     * is that name's place, whatever else it could be read as; a word that two suffixes could strip (X地区 and
     * X地 + 区) is read with the suffix listed first.
     */
    private static Map<String, String> withSuffixes(Map<String, String> placeByName) {
        Map<String, String> placeByWord = new HashMap<>(placeByName);
        for (String suffix : SUFFIXES) {
            placeByName.forEach((name, place) -> {
                if (name.length() > 1) {
                    placeByWord.putIfAbsent(name + suffix, place);
                }
            });
        }
        return placeByWord;
    }

    /** The gazetteer of the bundled place list. */
    public static RegionGazetteer loadDefault() {
        try (InputStream in = RegionGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled place list " + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled place list " + RESOURCE, e);
        }
    }

    private static RegionGazetteer read(BufferedReader reader) throws IOException {
        Map<String, String> placeByName = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.strip().split("\t", 2);
            String place = columns[0].strip();
            placeByName.put(place, place);
            if (columns.length > 1) {
                for (String alias : columns[1].split(",")) {
                    placeByName.put(alias.strip(), place);
                }
            }
        }
        return new RegionGazetteer(placeByName);
    }

    /** Every name and alias of the list, for the segmenter's dictionary so that each comes out as one word. */
    public Set<String> names() {
        return placeByName.keySet();
    }

    /** The places among the tokens, once each, in order of first mention. */
    public List<String> places(List<Token> tokens) {
        Set<String> found = new LinkedHashSet<>();
        for (Token token : tokens) {
            String place = token.text().length() < shortest ? null : placeByWord.get(token.text());
            if (place != null) {
                found.add(place);
            }
        }
        return new ArrayList<>(found);
    }
}
