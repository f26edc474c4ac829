/**
 * Articles split over pages ({@code _2.html}, {@code ?page=2}, a pager with 下一页, 第2页 or 1 2 3 under the text):
 * telling a page's pager from its other links, fetching the later pages in order and joining their text into one
 * article under the first page's URL, with guards against pagers that loop, lead off the site or never end.
 */
package chanye.crawler.paging;
