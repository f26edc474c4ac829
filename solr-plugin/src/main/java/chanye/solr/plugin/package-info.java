/**
 * What chanye adds to a Solr node, so that a collection answers exactly as the local index does: the query parser
 * {@code {!chanye}} ({@link chanye.solr.plugin.ArticleQParserPlugin}) builds the local index's queries with the
 * collection's own analysis, and {@link chanye.solr.plugin.ArticleSolrHighlighter} highlights with the local index's
 * highlighter. The {@code hanlp} tokenizer itself comes from the index module (Lucene's analysis SPI). All of it, with
 * HanLP, ships as one jar for the node's {@code lib/}.
 */
package chanye.solr.plugin;
