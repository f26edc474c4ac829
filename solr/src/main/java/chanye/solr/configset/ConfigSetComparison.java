package chanye.solr.configset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between chanye's configset and one found in a cluster, file by file, in words a user can act on: for
 * the schema, the fields each side has alone.
 */
public final class ConfigSetComparison {

    private static final Pattern FIELD = Pattern.compile("<field\\s+name=\"([^\"]+)\"");

    private ConfigSetComparison() {
    }

    /**
     * The differences, one phrase each; empty when the found configset is chanye's.
     *
     * @param found the content of a file of the found configset, or {@code null} when it has no such file
     */
    public static List<String> differences(ConfigSet ours, Function<String, byte[]> found) {
        List<String> differences = new ArrayList<>();
        for (String name : ours.names()) {
            byte[] theirs = found.apply(name);
            if (theirs == null) {
                differences.add(name + " is missing");
            } else if (!Arrays.equals(ours.file(name), theirs)) {
                differences.add(describe(name, ours.file(name), theirs));
            }
        }
        return differences;
    }

    private static String describe(String name, byte[] ours, byte[] theirs) {
        if (name.equals(ConfigSet.SCHEMA)) {
            Set<String> only = fields(ours);
            Set<String> theirsOnly = fields(theirs);
            only.removeAll(fields(theirs));
            theirsOnly.removeAll(fields(ours));
            List<String> parts = new ArrayList<>();
            if (!only.isEmpty()) {
                parts.add("fields it lacks: " + String.join(", ", only));
            }
            if (!theirsOnly.isEmpty()) {
                parts.add("fields chanye does not have: " + String.join(", ", theirsOnly));
            }
            return name + " differs (" + (parts.isEmpty() ? "field types or analysis" : String.join("; ", parts))
                    + ")";
        }
        if (name.equals(ConfigSet.TAXONOMY) || name.equals(ConfigSet.TERMS)) {
            return name + " differs (another taxonomy)";
        }
        return name + " differs";
    }

    private static Set<String> fields(byte[] schema) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = FIELD.matcher(new String(schema, java.nio.charset.StandardCharsets.UTF_8));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
