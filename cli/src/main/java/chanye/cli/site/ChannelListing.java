package chanye.cli.site;

import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The paginated list pages of one channel: {@code dir/index.html}, {@code dir/index_2.html}, ... each showing
 * {@code pageSize} article links, newest first, with a pager (首页 / 上一页 / page numbers / 下一页 / 尾页) as Chinese
 * news CMSs print it.
 *
 * @param dir      the channel's folder, such as {@code /chanye/}
 * @param pageSize how many article links a list page shows
 */
record ChannelListing(String dir, int pageSize) {

    /** Page numbers shown on each side of the current page. */
    private static final int PAGER_WINDOW = 4;

    ChannelListing {
        if (dir == null || !dir.startsWith("/") || !dir.endsWith("/")) {
            throw new IllegalArgumentException("a channel folder starts and ends with /: " + dir);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
    }

    /** The path of list page {@code page} (1-based). */
    String pagePath(int page) {
        return page == 1 ? dir + "index.html" : dir + "index_" + page + ".html";
    }

    /** How many list pages {@code items} links fill; an empty channel still has its first page. */
    int pageCount(int items) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    /**
     * Renders every list page into {@code site}.
     *
     * @param items the article links, newest first
     * @return the paths written, first page first
     */
    List<String> writeTo(Site.Builder site, PageTemplate template, PageFrame frame, List<Link> items) {
        Objects.requireNonNull(template, "template");
        int pages = pageCount(items.size());
        List<String> paths = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            List<Link> slice = items.subList((page - 1) * pageSize, Math.min(items.size(), page * pageSize));
            String path = pagePath(page);
            site.add(path, frame.encoding().page(template.list(frame, slice, pager(page, pages))));
            paths.add(path);
        }
        return paths;
    }

    private String pager(int page, int pages) {
        StringBuilder out = new StringBuilder();
        if (page > 1) {
            anchor(out, 1, "首页");
            anchor(out, page - 1, "上一页");
        }
        for (int p = Math.max(1, page - PAGER_WINDOW); p <= Math.min(pages, page + PAGER_WINDOW); p++) {
            if (p == page) {
                out.append("<span class=\"current\">").append(p).append("</span>");
            } else {
                anchor(out, p, Integer.toString(p));
            }
        }
        if (page < pages) {
            anchor(out, page + 1, "下一页");
            anchor(out, pages, "尾页");
        }
        out.append("<span class=\"total\">共").append(pages).append("页</span>");
        return out.toString();
    }

    private void anchor(StringBuilder out, int page, String text) {
        out.append("<a href=\"").append(pagePath(page)).append("\">").append(text).append("</a>");
    }
}
