/**
 * From a page's raw bytes to its article: binary bodies told apart, the bytes decoded whatever their charset, parsed
 * as HTML, their links read and their article extracted. The one path the crawler, {@code chanye extract} and
 * {@code chanye classify} share.
 */
package chanye.crawler.page;
