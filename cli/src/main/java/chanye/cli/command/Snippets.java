package chanye.cli.command;

import org.jsoup.parser.Parser;

/** Snippets as the index gives them: HTML-escaped text with {@code <em>} marks around the hits. */
final class Snippets {

    private Snippets() {
    }

    /** The snippet as plain text for a terminal, keeping the {@code <em>} marks for the highlighter. */
    static String toText(String snippet) {
        String marked = snippet.replace("<em>", "\u0001").replace("</em>", "\u0002");
        return Parser.unescapeEntities(marked, false).replace("\u0001", "<em>").replace("\u0002", "</em>")
                .replace('\n', ' ');
    }
}
