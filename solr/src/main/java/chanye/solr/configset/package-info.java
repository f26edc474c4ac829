/**
 * The configset of a chanye collection, generated from the article schema ({@link chanye.index.schema.ArticleSchema})
 * and a taxonomy, never written by hand: the schema's fields and analysis, the solrconfig that wires in chanye's
 * query parser and highlighter, the stop words, the segmenter's dictionary and the taxonomy itself. Comparing a
 * configset found in ZooKeeper with the one this version generates tells whether a collection is ours.
 */
package chanye.solr.configset;
