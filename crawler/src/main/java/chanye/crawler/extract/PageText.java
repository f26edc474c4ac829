package chanye.crawler.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of a page as lines, with every element's line range, built in one iterative walk.
 *
 * <p>The walk never recurses, so pages nested hundreds of thousands of elements deep cannot overflow the stack.
 * The {@code head}, scripts (templates in {@code <script type="text/html">} included), styles, form controls, frames,
 * {@code nav}, {@code aside}, {@code footer} and hidden elements produce no lines; metadata elements are collected on
 * the same walk. Elements hidden by their inline style ({@code display:none}, {@code visibility:hidden},
 * {@code opacity:0}) are also noted as {@linkplain #concealed() concealed}, because a page's script may lift that
 * style to show them; a later walk may be told to {@code lift} them and read them as visible.
 *
 * <p>A table row of short cells holding only inline content (a data table, an encyclopedia's infobox, a government
 * page's information table) is one line, its cells separated by {@code " | "}, or by a space after a cell that is a
 * label ({@code 来源：}); the rows of a layout table, whose cells hold blocks, give a line per block as before.
 */
final class PageText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "frame",
            "frameset", "object", "embed", "svg", "math", "canvas", "video", "audio", "select", "option", "button",
            "input", "textarea", "nav", "aside", "footer", "map", "dialog", "link", "meta");
    private static final Set<String> INLINE = Set.of("span", "b", "strong", "i", "em", "u", "font", "small",
            "big", "sub", "sup", "img", "label", "abbr", "cite", "code", "mark", "q", "s", "strike", "time", "var",
            "ins", "del", "bdi", "bdo", "wbr", "tt", "acronym", "dfn", "kbd", "samp", "#root");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /**
     * What the walk does with each element, by its tag name; a name not listed is a {@link TagKind#BLOCK}. A hash
     * map, whose look-up masks the hash where {@code Map.of}'s divides it: this is asked once per element.
     */
    private static final Map<String, TagKind> KINDS = kinds();
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final int MAX_CELL_CHARS = 120;
    private static final int MAX_ROW_ELEMENTS = 64;
    private static final String CELL_SEPARATOR = " | ";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|(?<![\\w-])opacity\\s*:\\s*0(?:\\.0*)?\\s*(?:[;!]|$)",
            Pattern.CASE_INSENSITIVE);

    private final List<TextLine> lines;
    private final List<Block> blocks;
    /** The blocks by their element, built when first asked for: most pages never ask. */
    private Map<Element, Block> byElement;
    private final int[] proseBefore;
    private final List<Element> declarations;
    private final List<Element> concealed;
    private final Map<String, Element> withId;
    private final int linkLines;

    private PageText(List<TextLine> lines, List<Block> blocks, List<Element> declarations, List<Element> concealed,
                     Map<String, Element> withId) {
        this.lines = List.copyOf(lines);
        this.blocks = List.copyOf(blocks);
        this.declarations = List.copyOf(declarations);
        this.concealed = List.copyOf(concealed);
        this.withId = Map.copyOf(withId);
        this.proseBefore = new int[lines.size() + 1];
        int links = 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            links += line.isLinkLine() ? 1 : 0;
            proseBefore[i + 1] = proseBefore[i] + (line.isProse() ? line.chars() - line.linkChars() : 0);
        }
        this.linkLines = links;
    }

    private static Map<String, TagKind> kinds() {
        Map<String, TagKind> kinds = new HashMap<>();
        SKIPPED.forEach(name -> kinds.put(name, TagKind.SKIPPED));
        INLINE.forEach(name -> kinds.put(name, TagKind.INLINE));
        HEADINGS.forEach(name -> kinds.put(name, TagKind.HEADING));
        kinds.put("a", TagKind.LINK);
        kinds.put("head", TagKind.HEAD);
        kinds.put("br", TagKind.BREAK);
        kinds.put("hr", TagKind.BREAK);
        kinds.put("tr", TagKind.ROW);
        return Collections.unmodifiableMap(kinds);
    }

    private static TagKind kindOf(String name) {
        return KINDS.getOrDefault(name, TagKind.BLOCK);
    }

    /** Walks {@code root} and collects its lines and block ranges. */
    static PageText of(Element root) {
        return of(root, Set.of(), Set.of());
    }

    /**
     * Walks {@code root} like {@link #of(Element)}, leaving out the {@code excluded} elements and their subtrees and
     * reading the {@code lifted} ones as visible whatever their inline style says.
     *
     * @param excluded elements to skip, compared by identity
     * @param lifted   concealed elements to read as a page's script would show them, compared by identity
     */
    static PageText of(Element root, Set<Element> excluded, Set<Element> lifted) {
        Walker walker = new Walker(excluded, lifted);
        walker.walk(root);
        return new PageText(walker.lines, walker.blocks, walker.declarations, walker.concealed, walker.withId);
    }

    /** The lines in reading order. */
    List<TextLine> lines() {
        return lines;
    }

    /** Every block element that was walked, children before their parents. */
    List<Block> blocks() {
        return blocks;
    }

    /**
     * The JSON-LD scripts, {@code meta}, {@code time} and {@code itemprop=datePublished} elements met on the walk,
     * in document order, including those in the {@code head}.
     */
    List<Element> declarations() {
        return declarations;
    }

    /**
     * The elements left out because their inline style hides them ({@code display:none}, {@code visibility:hidden},
     * {@code opacity:0}), outermost only, in document order: what a page's script may show.
     */
    List<Element> concealed() {
        return concealed;
    }

    /**
     * The first element walked with the id, for the ids that tell a WeChat article ({@link WeChatArticle#MARKER_IDS}),
     * or {@code null}. Elements the walk skips with their subtree (inside a script, a {@code nav}, a hidden parent) are
     * not noted; a hidden element itself is.
     */
    Element withId(String id) {
        return withId.get(id);
    }

    /** The number of lines that are mostly link text. */
    int linkLines() {
        return linkLines;
    }

    /** The non-link characters of prose lines from line {@code from} (inclusive) to {@code to} (exclusive). */
    int proseChars(int from, int to) {
        return proseBefore[to] - proseBefore[from];
    }

    /** The block of {@code element}, or {@code null} when it was skipped or is inline. */
    Block blockOf(Element element) {
        if (byElement == null) {
            byElement = new IdentityHashMap<>(blocks.size());
            for (Block block : blocks) {
                byElement.put(block.element(), block);
            }
        }
        return byElement.get(element);
    }

    /**
     * Elements that may declare metadata: JSON-LD scripts, meta tags, time elements and microdata dates.
     *
     * @param attributed whether the element has attributes
     */
    private static boolean isDeclaration(Element element, String name, boolean attributed) {
        return "meta".equals(name) || "time".equals(name) || attributed
                && ("script".equals(name) && "application/ld+json".equalsIgnoreCase(element.attr("type"))
                || "datePublished".equals(element.attr("itemprop")));
    }

    /** Whether a character is whitespace or a space separator (as {@code U+3000} and no-break space are). */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return c <= 0x3000 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * Whether a table row is one line: two or more cells, each holding only inline elements (no line break), a few
     * dozen at most, and a short text.
     */
    private static boolean isDataRow(Element row) {
        if (row.childrenSize() < 2) {
            return false;
        }
        int budget = MAX_ROW_ELEMENTS;
        for (Element cell : row.children()) {
            if (!CELLS.contains(cell.normalName())) {
                return false;
            }
            budget = inlineOnly(cell, budget);
            if (budget < 0 || cell.text().length() > MAX_CELL_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** What is left of {@code budget} after counting the element's descendants, or -1 when one is not inline. */
    private static int inlineOnly(Element element, int budget) {
        Deque<Element> pending = new ArrayDeque<>(element.children());
        while (!pending.isEmpty()) {
            Element inner = pending.pop();
            if (--budget < 0 || !kindOf(inner.normalName()).inline) {
                return -1;
            }
            inner.children().forEach(pending::push);
        }
        return budget;
    }

    /** Hidden by an attribute: the {@code hidden} attribute or {@code aria-hidden="true"}. */
    private static boolean isHiddenByAttribute(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"));
    }

    /** Hidden by its inline style, which a script may lift. */
    private static boolean isHiddenByStyle(Element element) {
        String style = element.attr("style");
        return mayHide(style) && HIDDEN_STYLE.matcher(style).find();
    }

    /**
     * Whether a style can hide: a hiding value ({@code none}, {@code hidden}, {@code 0}) follows a colon. Most styles
     * set sizes and colours, and are passed by this scan without the pattern.
     */
    private static boolean mayHide(String style) {
        for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
            int i = colon + 1;
            while (i < style.length() && isStyleSpace(style.charAt(i))) {
                i++;
            }
            char c = i < style.length() ? style.charAt(i) : ' ';
            if (c == 'n' || c == 'N' || c == 'h' || c == 'H' || c == '0') {
                return true;
            }
        }
        return false;
    }

    /** The whitespace of the pattern's {@code \s}. */
    private static boolean isStyleSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Builds lines while walking; state of one walk only. */
    private static final class Walker {

        private final List<TextLine> lines = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Element> declarations = new ArrayList<>();
        private final List<Element> concealed = new ArrayList<>();
        private final Map<String, Element> withId = new HashMap<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        private final StringBuilder buffer = new StringBuilder();
        private final Set<Element> excluded;
        private final Set<Element> lifted;
        private int bufferChars;
        private int bufferLinkChars;
        private int linkDepth;
        private int headingDepth;
        private int headDepth;
        private Element dataRow;
        private boolean cellBreak;

        Walker(Set<Element> excluded, Set<Element> lifted) {
            this.excluded = excluded;
            this.lifted = lifted;
        }

        void walk(Element root) {
            Node node = root;
            int depth = 0;
            while (node != null) {
                boolean entered = head(node, depth);
                if (entered && node.childNodeSize() > 0) {
                    node = node.firstChild();
                    depth++;
                    continue;
                }
                if (entered) {
                    tail();
                }
                while (node != root && node.nextSibling() == null && depth > 0) {
                    node = node.parentNode();
                    depth--;
                    tail();
                }
                if (node == root) {
                    break;
                }
                node = node.nextSibling();
            }
            flush();
        }

        /** Enters a node; returns whether its children are to be walked (and its tail called). */
        private boolean head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
                return false;
            }
            if (!(node instanceof Element element)) {
                return false;
            }
            String name = element.normalName();
            TagKind kind = kindOf(name);
            boolean attributed = element.attributesSize() > 0;
            if (isDeclaration(element, name, attributed)) {
                declarations.add(element);
            }
            String id = attributed ? element.id() : "";
            if (!id.isEmpty() && WeChatArticle.MARKER_IDS.contains(id)) {
                withId.putIfAbsent(id, element);
            }
            if (kind == TagKind.SKIPPED || attributed && isHiddenByAttribute(element)
                    || !excluded.isEmpty() && excluded.contains(element)) {
                return false;
            }
            if (attributed && isHiddenByStyle(element) && (lifted.isEmpty() || !lifted.contains(element))) {
                concealed.add(element);
                return false;
            }
            if (kind == TagKind.BREAK) {
                flush();
                return false;
            }
            boolean cell = dataRow != null && element.parent() == dataRow;
            boolean block = !cell && !kind.inline;
            if (block) {
                flush();
            }
            if (cell) {
                cellBreak = bufferChars > 0;
            } else if (kind == TagKind.ROW && dataRow == null && isDataRow(element)) {
                dataRow = element;
            }
            open.push(new Frame(element, depth, lines.size(), block, kind, attributed, open.peek()));
            count(kind, 1);
            return true;
        }

        private void tail() {
            Frame frame = open.peek();
            if (frame.block) {
                flush();
                blocks.add(new Block(frame.element, frame.depth, frame.start, lines.size()));
            }
            open.pop();
            if (frame.element == dataRow) {
                dataRow = null;
            }
            count(frame.kind, -1);
        }

        /** Counts an open link, heading or {@code head} in or out. */
        private void count(TagKind kind, int step) {
            switch (kind) {
                case LINK -> linkDepth += step;
                case HEADING -> headingDepth += step;
                case HEAD -> headDepth += step;
                default -> {
                }
            }
        }

        /**
         * Adds a text node's text, each run of whitespace made one space; runs of other characters are copied whole.
         */
        private void append(String raw) {
            if (headDepth > 0) {
                return;
            }
            int length = raw.length();
            boolean space = false;
            int i = 0;
            while (i < length) {
                if (isSpace(raw.charAt(i))) {
                    space = true;
                    i++;
                    continue;
                }
                int run = i + 1;
                while (run < length && !isSpace(raw.charAt(run))) {
                    run++;
                }
                if (cellBreak && buffer.length() > 0) {
                    buffer.append(endsWithLabel() ? " " : CELL_SEPARATOR);
                } else if (space && buffer.length() > 0) {
                    buffer.append(' ');
                }
                cellBreak = false;
                space = false;
                if (i == 0 && run == length) {
                    buffer.append(raw);
                } else {
                    buffer.append(raw, i, run);
                }
                bufferChars += run - i;
                if (linkDepth > 0) {
                    bufferLinkChars += run - i;
                }
                i = run;
            }
            if (space && buffer.length() > 0) {
                buffer.append(' ');
            }
        }

        /** Whether the text so far ends with a label's colon, as in a cell 来源： before its value. */
        private boolean endsWithLabel() {
            int i = buffer.length() - 1;
            while (i >= 0 && buffer.charAt(i) == ' ') {
                i--;
            }
            return i >= 0 && (buffer.charAt(i) == '：' || buffer.charAt(i) == ':');
        }

        private void flush() {
            if (bufferChars > 0) {
                int end = buffer.length();
                while (buffer.charAt(end - 1) == ' ') {
                    end--;
                }
                String text = buffer.substring(0, end);
                Frame owner = innermostBlock();
                lines.add(new TextLine(text, owner == null ? null : owner.element, bufferChars, bufferLinkChars,
                        Punctuation.count(text), headingDepth > 0, owner == null ? -1 : owner.noiseDepth()));
            }
            buffer.setLength(0);
            bufferChars = 0;
            bufferLinkChars = 0;
        }

        private Frame innermostBlock() {
            for (Frame frame : open) {
                if (frame.block) {
                    return frame;
                }
            }
            return null;
        }
    }

    /** An element open during the walk. */
    /**
     * An element open during the walk. Whether it names boilerplate is read only when a line needs it: elements that
     * hold no line (icons, image wrappers, empty slots) and inline ones without blocks below them are never read.
     */
    private static final class Frame {

        private static final int UNREAD = -2;

        final Element element;
        final int depth;
        final int start;
        final boolean block;
        final TagKind kind;
        private final boolean attributed;
        private final Frame parent;
        private int noiseDepth = UNREAD;

        Frame(Element element, int depth, int start, boolean block, TagKind kind, boolean attributed, Frame parent) {
            this.element = element;
            this.depth = depth;
            this.start = start;
            this.block = block;
            this.kind = kind;
            this.attributed = attributed;
            this.parent = parent;
        }

        /**
         * The depth of the innermost open element whose class, id or role names boilerplate, or -1. Climbs without
         * recursion to the nearest element already read or naming boilerplate, then notes the answer on the way.
         */
        int noiseDepth() {
            Frame stop = this;
            int found = -1;
            for (; stop != null; stop = stop.parent) {
                if (stop.noiseDepth != UNREAD) {
                    found = stop.noiseDepth;
                    break;
                }
                if (stop.attributed && BoilerplateNames.isBoilerplate(stop.element)) {
                    found = stop.depth;
                    stop.noiseDepth = found;
                    break;
                }
            }
            for (Frame frame = this; frame != stop; frame = frame.parent) {
                frame.noiseDepth = found;
            }
            return found;
        }
    }

    /** What an element is to the walk, by its tag name. */
    private enum TagKind {
        /** Left out with its subtree: scripts, styles, form controls, frames, navigation, footers... */
        SKIPPED(false),
        /** A line break: {@code br}, {@code hr}. */
        BREAK(false),
        /** Text-level markup, which continues the line. */
        INLINE(true),
        /** A link, inline; its text counts as link text. */
        LINK(true),
        /** A heading {@code h1}..{@code h6}; its lines are heading lines. */
        HEADING(false),
        /** The document's {@code head}, whose text is no line. */
        HEAD(false),
        /** A table row, which may be a data row of one line. */
        ROW(false),
        /** Any other element: it starts and ends a line. */
        BLOCK(false);

        final boolean inline;

        TagKind(boolean inline) {
            this.inline = inline;
        }
    }
}
