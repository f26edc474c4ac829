package chanye.solr.configset;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.index.analysis.HanLPAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a chanye collection's configset, by name: generated, so that the same version and taxonomy always
 * give the same bytes. Immutable.
 */
public final class ConfigSet {

    /** The schema, generated from the article schema. */
    public static final String SCHEMA = "schema.xml";
    /** The core configuration: query parser, highlighter, statistics, commits. */
    public static final String SOLRCONFIG = "solrconfig.xml";
    /** The function words the word fields drop, as the local index does. */
    public static final String STOP_WORDS = "stopwords.txt";
    /** The segmenter's domain dictionary: the taxonomy's words and the region names, one a line. */
    public static final String TERMS = "taxonomy-terms.txt";
    /** The taxonomy the collection's articles are classified with, as given; clients read it back. */
    public static final String TAXONOMY = "taxonomy.json";

    private final Map<String, byte[]> files;

    private ConfigSet(Map<String, byte[]> files) {
        this.files = files;
    }

    /**
     * The configset for collections classified with {@code taxonomy}.
     *
     * @param taxonomyJson the taxonomy's file as given (kept as it is, so that clients load the same taxonomy)
     */
    public static ConfigSet generate(Taxonomy taxonomy, byte[] taxonomyJson) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SCHEMA, utf8(SchemaXml.generate(TERMS, STOP_WORDS)));
        files.put(SOLRCONFIG, utf8(SolrConfigXml.generate()));
        files.put(STOP_WORDS, utf8(lines(stopWords())));
        files.put(TERMS, utf8(lines(new TreeSet<>(ArticleClassifier.vocabularyFor(taxonomy)))));
        files.put(TAXONOMY, taxonomyJson.clone());
        return new ConfigSet(Collections.unmodifiableMap(files));
    }

    private static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        HanLPAnalyzer.STOP_WORDS.forEach(word -> words.add(new String((char[]) word)));
        Collections.sort(words);
        return words;
    }

    private static String lines(Iterable<String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach(value -> text.append(value).append('\n'));
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The names of the files, in a fixed order. */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** The content of file {@code name}, or {@code null} when there is no such file. */
    public byte[] file(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : bytes.clone();
    }

    /** The configset as a zip, as Solr's configset upload takes it. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("zipping in memory failed", e);
        }
        return bytes.toByteArray();
    }
}
