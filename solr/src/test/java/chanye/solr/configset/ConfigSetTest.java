package chanye.solr.configset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.index.schema.ArticleSchema;
import chanye.index.schema.SchemaField;
import chanye.solr.SolrTestCluster;
import chanye.solr.plugin.ArticleQParserPlugin;
import chanye.solr.plugin.ArticleSolrHighlighter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generated configset: from the article schema and the taxonomy, the same bytes every time. */
class ConfigSetTest {

    private static ConfigSet generate() throws Exception {
        return ConfigSet.generate(Taxonomy.loadDefault(), SolrTestCluster.defaultTaxonomyJson());
    }

    private static String text(ConfigSet configSet, String file) {
        return new String(configSet.file(file), StandardCharsets.UTF_8);
    }

    @Test
    void theSchemaHasEveryFieldOfTheArticleSchema() throws Exception {
        String schema = text(generate(), ConfigSet.SCHEMA);
        for (SchemaField field : ArticleSchema.FIELDS) {
            assertTrue(schema.contains("<field name=\"" + field.name() + "\""), field.name());
        }
        assertTrue(schema.contains("<field name=\"publishTime.millis\" type=\"plong\" indexed=\"true\""));
        assertTrue(schema.contains("<copyField source=\"title\" dest=\"title.bigrams\"/>"));
        assertTrue(schema.contains("<uniqueKey>url</uniqueKey>"));
    }

    @Test
    void theSolrConfigNamesThePluginsClasses() throws Exception {
        String solrconfig = text(generate(), ConfigSet.SOLRCONFIG);
        assertTrue(solrconfig.contains("<queryParser name=\"" + ArticleQParserPlugin.NAME + "\" class=\""
                + ArticleQParserPlugin.class.getName() + "\"/>"));
        assertTrue(solrconfig.contains("<highlighting class=\"" + ArticleSolrHighlighter.class.getName() + "\"/>"));
    }

    @Test
    void theDictionaryIsTheSegmentersVocabulary() throws Exception {
        List<String> lines = text(generate(), ConfigSet.TERMS).lines().toList();
        assertEquals(new TreeSet<>(ArticleClassifier.vocabularyFor(Taxonomy.loadDefault())), new TreeSet<>(lines));
        assertEquals(lines.stream().sorted().toList(), lines);
        assertTrue(text(generate(), ConfigSet.STOP_WORDS).lines().toList().contains("的"));
    }

    @Test
    void theSameTaxonomyGivesTheSameBytesAndAnotherDiffers() throws Exception {
        ConfigSet one = generate();
        ConfigSet two = generate();
        for (String name : one.names()) {
            assertArrayEquals(one.file(name), two.file(name), name);
        }
        assertEquals(List.of(), ConfigSetComparison.differences(one, two::file));
        ConfigSet other = ConfigSet.generate(Taxonomy.loadBundled("xinjiang-2025-10"), new byte[0]);
        assertEquals(List.of("taxonomy-terms.txt differs (another taxonomy)", "taxonomy.json differs (another taxonomy)"),
                ConfigSetComparison.differences(one, other::file));
        Map<String, byte[]> lacking = Map.of(ConfigSet.SCHEMA, text(one, ConfigSet.SCHEMA)
                .replace("<field name=\"region\"", "<field name=\"place\"").getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("schema.xml differs (fields it lacks: region; fields chanye does not have: place)",
                        "solrconfig.xml is missing", "stopwords.txt is missing", "taxonomy-terms.txt is missing",
                        "taxonomy.json is missing"),
                Set.copyOf(ConfigSetComparison.differences(one, lacking::get)));
    }
}
