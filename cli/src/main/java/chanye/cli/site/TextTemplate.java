package chanye.cli.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Text with {@code {{name}}} placeholders, compiled once and filled many times.
 *
 * <p>Values are inserted as given: callers escape text for HTML before filling an HTML template. A missing value
 * is an error naming the template and the placeholder, never an empty hole in a page.
 */
public final class TextTemplate {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private final String name;
    private final List<String> literals;
    private final List<String> slots;

    private TextTemplate(String name, List<String> literals, List<String> slots) {
        this.name = name;
        this.literals = List.copyOf(literals);
        this.slots = List.copyOf(slots);
    }

    /**
     * Compiles {@code text}.
     *
     * @param name names the template in error messages, such as its resource path
     * @throws IllegalArgumentException when a {@code {{} is not closed
     */
    public static TextTemplate compile(String name, String text) {
        List<String> literals = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf(OPEN, at);
            if (open < 0) {
                literals.add(text.substring(at));
                return new TextTemplate(name, literals, slots);
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw new IllegalArgumentException(name + ": unclosed placeholder at offset " + open);
            }
            literals.add(text.substring(at, open));
            slots.add(text.substring(open + OPEN.length(), close).trim());
            at = close + CLOSE.length();
        }
    }

    /** The placeholder names, in order of first use. */
    Set<String> slots() {
        return new LinkedHashSet<>(slots);
    }

    /**
     * Fills every placeholder from {@code values}.
     *
     * @throws IllegalArgumentException when a placeholder has no value
     */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        renderTo(out, slot -> {
            String value = values.get(slot);
            if (value == null) {
                throw new IllegalArgumentException(name + ": no value for placeholder {{" + slot + "}}");
            }
            return value;
        });
        return out.toString();
    }

    /** Appends the filled text to {@code out}, asking {@code values} for each placeholder as it comes. */
    void renderTo(StringBuilder out, Function<String, String> values) {
        for (int i = 0; i < slots.size(); i++) {
            out.append(literals.get(i)).append(values.apply(slots.get(i)));
        }
        out.append(literals.get(slots.size()));
    }

    @Override
    public String toString() {
        return "TextTemplate[" + name + "]";
    }
}
