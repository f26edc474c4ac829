/**
 * The SolrCloud backend: a collection of a SolrCloud cluster as an {@link chanye.index.IndexBackend}, so that crawl
 * workers on several machines fill one sharded, replicated index and many analysts search it, with the same results
 * as the local index. {@link chanye.solr.SolrBackend} opens SolrJ writers and readers; {@link chanye.solr.SolrAdmin}
 * creates collections from the generated configset ({@link chanye.solr.configset}).
 */
package chanye.solr;
