package chanye.cli;

/**
 * What the CLI knows of where it writes: whether a person is watching (progress bars, colour) or a script.
 */
public final class Terminal {

    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final boolean interactive;

    private Terminal(boolean interactive) {
        this.interactive = interactive;
    }

    /** The terminal of this process: interactive when a console is attached and colour is not turned off. */
    public static Terminal detect() {
        boolean noColor = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
        return new Terminal(System.console() != null && !noColor);
    }

    /** Whether a person is watching: progress bars and colour are shown only then. */
    public boolean interactive() {
        return interactive;
    }

    /** The text in bold, on a terminal. */
    public String bold(String text) {
        return interactive ? BOLD + text + RESET : text;
    }

    /** The text dimmed, on a terminal. */
    public String dim(String text) {
        return interactive ? DIM + text + RESET : text;
    }

    /** A snippet with its {@code <em>} marks shown as colour on a terminal, or as 【】 brackets elsewhere. */
    public String highlight(String snippet) {
        String open = interactive ? BOLD_RED : "【";
        String close = interactive ? RESET : "】";
        return snippet.replace("<em>", open).replace("</em>", close);
    }
}
