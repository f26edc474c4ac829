package chanye.cli.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news-site page design, loaded from {@code templates/<name>/}: a layout (head, header with navigation and
 * ads, sidebar with the hot list, footer) around the content of an article page or a channel list page, and the
 * snippets those repeat (paragraph, in-text ad, list item, hot-list item, navigation item).
 *
 * <p>Each design has its own DOM structure and class names, and its own noise: navigation, breadcrumbs, a hot list,
 * ads, an extended-reading block, a disclaimer, comments and a footer. This class only fills the placeholders; the
 * designs live in the HTML resources.
 */
final class PageTemplate {

    /** The in-text ad goes after this many paragraphs (or after the first, in a shorter article). */
    private static final int INLINE_AD_AFTER = 2;

    private final String name;
    private final TextTemplate layout;
    private final TextTemplate article;
    private final TextTemplate list;
    private final TextTemplate paragraph;
    private final TextTemplate inlineAd;
    private final TextTemplate item;
    private final TextTemplate hotItem;
    private final TextTemplate navItem;

    private PageTemplate(String name) {
        this.name = name;
        this.layout = file("layout.html");
        this.article = file("article.html");
        this.list = file("list.html");
        this.paragraph = file("paragraph.html");
        this.inlineAd = file("inline-ad.html");
        this.item = file("item.html");
        this.hotItem = file("hot-item.html");
        this.navItem = file("nav-item.html");
    }

    /**
     * Loads the design called {@code name} ({@code portal}, {@code gov} or {@code biz}).
     *
     * @throws IllegalStateException when a file of the design is missing
     */
    static PageTemplate load(String name) {
        return new PageTemplate(Objects.requireNonNull(name, "name"));
    }

    /** Renders an article page. */
    String article(ArticleView view) {
        StringBuilder body = new StringBuilder();
        List<String> paragraphs = view.paragraphs();
        int adAfter = Math.max(1, Math.min(INLINE_AD_AFTER, paragraphs.size() - 1));
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == adAfter) {
                body.append(inlineAd.render(Map.of()));
            }
            body.append(paragraph.render(Map.of("text", escape(paragraphs.get(i)))));
        }
        Map<String, String> values = frame(view.frame());
        values.put("title", escape(view.title()));
        values.put("time", escape(view.time()));
        values.put("source", escape(view.source()));
        values.put("author", escape(view.author()));
        values.put("body", body.toString());
        return inLayout(view.title(), article.render(values), values);
    }

    /** Renders one page of a channel's article list. */
    String list(PageFrame frame, List<Link> items, String pager) {
        Map<String, String> values = frame(frame);
        values.put("items", items(items));
        values.put("pager", pager);
        return inLayout(frame.channel().title(), list.render(values), values);
    }

    /**
     * Renders another page of this design, such as its front page {@code index.html}, in the layout.
     *
     * @param pageName the page's name for its {@code <title>}
     * @param html     further values, inserted as HTML
     * @throws IllegalStateException when the design has no such file
     */
    String page(String file, PageFrame frame, String pageName, Map<String, String> html) {
        Map<String, String> values = frame(frame);
        values.putAll(html);
        return inLayout(pageName, file(file).render(values), values);
    }

    /**
     * Renders a fragment of this design, such as a front-page section, without the layout.
     *
     * @param html further values, inserted as HTML
     */
    String fragment(String file, PageFrame frame, Map<String, String> html) {
        Map<String, String> values = frame(frame);
        values.putAll(html);
        return file(file).render(values);
    }

    /** Renders links as this design's list items. */
    String items(List<Link> links) {
        StringBuilder out = new StringBuilder();
        for (Link link : links) {
            out.append(item.render(link.values()));
        }
        return out.toString();
    }

    private String inLayout(String pageName, String content, Map<String, String> values) {
        values.put("pageName", escape(pageName));
        values.put("content", content);
        return layout.render(values);
    }

    private Map<String, String> frame(PageFrame frame) {
        StringBuilder nav = new StringBuilder();
        for (Link link : frame.nav()) {
            nav.append(navItem.render(link.values()));
        }
        StringBuilder hot = new StringBuilder();
        for (int i = 0; i < frame.hot().size(); i++) {
            Map<String, String> values = frame.hot().get(i).values();
            values.put("rank", Integer.toString(i + 1));
            hot.append(hotItem.render(values));
        }
        Map<String, String> values = new HashMap<>();
        values.put("charsetMeta", frame.encoding().metaTag());
        values.put("siteName", escape(frame.siteName()));
        values.put("channelName", escape(frame.channel().title()));
        values.put("channelHref", escape(frame.channel().href()));
        values.put("nav", nav.toString());
        values.put("hot", hot.toString());
        return values;
    }

    private TextTemplate file(String file) {
        return SiteResources.template("templates/" + name + "/" + file);
    }

    /** Escapes text for an HTML element or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PageTemplate[" + name + "]";
    }

    /**
     * A link as a template shows it.
     *
     * @param href  the target path
     * @param title the link text
     * @param date  a date shown beside it in lists, or an empty string
     */
    record Link(String href, String title, String date) {

        Link {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(title, "title");
            date = Objects.requireNonNullElse(date, "");
        }

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("href", escape(href));
            values.put("title", escape(title));
            values.put("date", escape(date));
            return values;
        }
    }

    /**
     * What every page of a site shares around its content.
     *
     * @param siteName the site's name, shown in the logo and title
     * @param nav      the channel navigation
     * @param channel  the channel the page belongs to, for the breadcrumbs
     * @param hot      the hot list in the sidebar
     * @param encoding how the page is encoded, for its {@code <meta>} tag
     */
    record PageFrame(String siteName, List<Link> nav, Link channel, List<Link> hot, PageEncoding encoding) {

        PageFrame {
            Objects.requireNonNull(siteName, "siteName");
            nav = List.copyOf(nav);
            Objects.requireNonNull(channel, "channel");
            hot = List.copyOf(hot);
            Objects.requireNonNull(encoding, "encoding");
        }

        /** The same frame for a page in another encoding. */
        PageFrame withEncoding(PageEncoding other) {
            return new PageFrame(siteName, nav, channel, hot, other);
        }

        /** The same frame for a page of another channel. */
        PageFrame inChannel(Link other) {
            return new PageFrame(siteName, nav, other, hot, encoding);
        }
    }

    /**
     * An article page's content.
     *
     * @param frame      the shared page frame
     * @param title      the headline
     * @param time       the publish time as the byline shows it
     * @param source     the 来源
     * @param author     the reporter or author
     * @param paragraphs the article text, one paragraph per element
     */
    record ArticleView(PageFrame frame, String title, String time, String source, String author,
                       List<String> paragraphs) {

        ArticleView {
            Objects.requireNonNull(frame, "frame");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(author, "author");
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
