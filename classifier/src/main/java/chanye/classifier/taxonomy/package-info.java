/** Taxonomies as data: clusters with strong and weak terms, named groups with their sources, sense rules, content and unrelated words, traps; read and checked by {@link chanye.classifier.taxonomy.TaxonomyReader}, whose errors name the file, line and column. */
package chanye.classifier.taxonomy;
