/**
 * News sites served on loopback: the bundled sample site that {@code chanye demo} crawls, a deterministic
 * generator of large synthetic sites for benchmarks and crash tests, and the small HTTP server that serves both.
 *
 * <p>Pages are rendered from HTML templates and article text kept as resources under
 * {@code chanye/cli/site/}, so the content stays data, not Java string constants.
 */
package chanye.cli.site;
