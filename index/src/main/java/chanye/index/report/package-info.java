/**
 * The analyst's report over the articles a selection keeps, counted in stories (all copies of one republished
 * article once): stories per cluster over time, clusters by region, the sites that publish most per cluster, the
 * keywords that rose most, and the top stories. The CLI draws it as HTML or writes it as JSON; nothing here prints.
 */
package chanye.index.report;
