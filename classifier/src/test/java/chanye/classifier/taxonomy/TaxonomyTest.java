package chanye.classifier.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxonomyTest {

    @TempDir
    Path dir;

    @Test
    void defaultTaxonomyHasTheContractsEightClusters() {
        Taxonomy taxonomy = Taxonomy.loadDefault();
        assertEquals("xinjiang-8", taxonomy.name());
        assertEquals(List.of("oil-gas", "coal", "mining", "grain-oil", "cotton-textile", "fruit-veg", "livestock",
                "new-energy"), taxonomy.clusters().stream().map(Cluster::id).toList());
        assertEquals("油气生产加工", taxonomy.find("oil-gas").orElseThrow().name());
        assertEquals("new-energy", taxonomy.find("新能源新材料").orElseThrow().id());
    }

    @Test
    void bundled2025TaxonomyHasTenClusters() throws TaxonomyException {
        Taxonomy taxonomy = Taxonomy.loadBundled("xinjiang-2025-10");
        assertEquals(10, taxonomy.clusters().size());
        assertEquals(List.of("油气生产加工", "煤炭清洁高效利用", "新型电力系统", "绿色矿业及加工", "先进制造和新材料",
                "粮食和食品加工", "棉花和纺织服装", "绿色畜牧产品和优质果蔬", "文化和旅游", "现代物流"),
                taxonomy.clusters().stream().map(Cluster::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinjiang-8", "xinjiang-2025-10"})
    void bundledTaxonomiesAreConsistent(String name) throws TaxonomyException {
        Taxonomy taxonomy = Taxonomy.loadBundled(name);
        Set<String> traps = new HashSet<>(taxonomy.traps());
        for (Cluster cluster : taxonomy.clusters()) {
            assertTrue(cluster.strongTerms().size() >= 20, cluster.id());
            for (String term : cluster.strongTerms()) {
                assertTrue(!traps.contains(term) && !cluster.weakTerms().contains(term), term);
            }
        }
        assertTrue(traps.containsAll(List.of("煤气", "牛市", "棉花糖", "油画", "葡萄牙", "苹果手机")));
    }

    @Test
    void unknownBundledNameIsAClearError() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> Taxonomy.loadBundled("xinjiang-9"));
        assertTrue(e.getMessage().contains("'xinjiang-9'") && e.getMessage().contains("xinjiang-2025-10"),
                e.getMessage());
    }

    @Test
    void loadsAFileWithDefaultsFilledIn() throws IOException {
        Path file = write("""
                {"name": "mine", "threshold": 4.5, "clusters": [
                  {"id": "tea", "name": "茶叶", "strong": ["茶叶", "茶园"], "weak": ["采摘"]},
                  {"id": "silk", "name": "丝绸", "threshold": 9, "strong": ["丝绸"]}
                ]}""");
        Taxonomy taxonomy = Taxonomy.load(file);
        assertEquals("mine", taxonomy.name());
        assertEquals(new Cluster("tea", "茶叶", List.of("茶叶", "茶园"), List.of("采摘"), 4.5),
                taxonomy.clusters().get(0));
        assertEquals(9.0, taxonomy.clusters().get(1).threshold());
        assertEquals(List.of(), taxonomy.clusters().get(1).weakTerms());
        assertEquals(List.of(), taxonomy.traps());
    }

    @Test
    void readsSenseRulesNamedGroupsListsContentAndUnrelatedWords() throws IOException {
        Taxonomy taxonomy = Taxonomy.load(write("""
                {"name": "power",
                 "lists": {"power": ["发电", "装机"], "scenery": ["游客", "湖"]},
                 "content": ["产量", "@power"],
                 "unrelated": ["@scenery", "演出"],
                 "clusters": [{"id": "solar", "name": "光伏", "strong": ["光伏"], "weak": ["风光"],
                   "named": [{"kind": "plants", "source": "public reports", "terms": ["哈密光伏电站"]}],
                   "senses": [{"terms": ["风光"], "require": ["@power", "基地"], "veto": ["无限"]}],
                   "content": ["并网"]}]}"""));
        Cluster solar = taxonomy.clusters().get(0);
        assertEquals(List.of("光伏", "哈密光伏电站"), solar.strongTerms());
        assertEquals(List.of(new TermGroup("plants", "public reports", List.of("哈密光伏电站"))), solar.named());
        assertEquals(List.of(new SenseRule(List.of("风光"), List.of("发电", "装机", "基地"), List.of("无限"))),
                solar.senses());
        assertEquals(List.of("并网"), solar.content());
        assertEquals(List.of("产量", "发电", "装机"), taxonomy.content());
        assertEquals(List.of("游客", "湖", "演出"), taxonomy.unrelated());
        assertTrue(taxonomy.contextWords().containsAll(List.of("基地", "无限", "产量", "演出", "并网")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xinjiang-8", "xinjiang-2025-10"})
    void bundledTaxonomiesUseSenseRulesContentWordsAndNamedGroupsWithSources(String name) throws TaxonomyException {
        Taxonomy taxonomy = Taxonomy.loadBundled(name);
        assertTrue(taxonomy.content().containsAll(List.of("产量", "项目", "收购", "万吨")), () -> taxonomy.content().toString());
        assertTrue(taxonomy.unrelated().containsAll(List.of("学生", "演出")), () -> taxonomy.unrelated().toString());
        assertTrue(taxonomy.clusters().stream().mapToInt(c -> c.senses().size()).sum() >= 15);
        for (Cluster cluster : taxonomy.clusters()) {
            for (TermGroup group : cluster.named()) {
                assertFalse(group.source().isBlank() || group.kind().isBlank() || group.terms().isEmpty(),
                        group::toString);
            }
        }
        assertTrue(taxonomy.clusters().stream().filter(c -> !c.named().isEmpty()).count() >= 7);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `{"name": "x", "clusters": [}`                              | line 1, column 28: not valid JSON: Unexpected close marker '}': expected ']'
        `{"name": "x", "clusters": [`                               | line 1, column 28: not valid JSON: Unexpected end-of-input: expected close marker for Array
        `{"name": "x" "clusters": []}`                              | line 1, column 14: not valid JSON: Unexpected character ('"'): was expecting comma to separate Object entries
        `{"name": "x",\\n "name": "y"}`                             | line 2, column 8: not valid JSON: Duplicate field 'name'
        `{"name": "甲乙", "clusters": [{"id": tru}]}`               | line 1, column 36: not valid JSON: Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
        ` \\n `                                                      | empty file, expected one JSON object with "name" and "clusters"
        `[1, 2]`                                                    | line 1, column 1: expected one JSON object with "name" and "clusters"
        `{"name": 7, "clusters": []}`                               | line 1, column 10: "name" must be a non-empty string
        `{"name": "x", "clusters": {}}`                             | line 1, column 27: "clusters" must be a non-empty list
        `{"name": "x", "threshold": "high"}`                        | line 1, column 28: "threshold" must be a positive number
        `{"name": "x", "traps": "煤气"}`                             | line 1, column 24: "traps" must be a list of terms
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": "甲"}]}`   | line 1, column 63: clusters[0] (a): "strong" must be a list of terms
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲", 3]}]}` | line 1, column 69: clusters[0] (a): strong[1] must be one word, got 3
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲"], "threshold": 0}]}` | line 1, column 83: clusters[0] (a): "threshold" must be a positive number
        `{"clusters": [{"id": "a", "name": "甲", "strong": ["甲"]}]}` | line 1, column 57: "name" must be a non-empty string
        `{"name": "x"}`                                             | line 1, column 13: "clusters" must be a non-empty list
        `{"name": "x", "clusters": []}`                             | line 1, column 28: "clusters" must be a non-empty list
        `{"name": "x", "clusters": [{"name": "甲", "strong": ["甲"]}]}` | line 1, column 57: clusters[0]: "id" must be a non-empty string
        `{"name": "x", "clusters": [{"id": "a", "strong": ["甲"]}]}`  | line 1, column 55: clusters[0] (a): "name" must be a non-empty string
        `{"name": "x", "clusters": [{"id": "a", "name": "甲"}]}`      | line 1, column 51: clusters[0] (a): "strong" must be a non-empty list of terms
        `{"name": "x", "clusters": [{"id": "Oil Gas", "name": "油", "strong": ["油"]}]}` | line 1, column 35: clusters[0] (Oil Gas): id must be lower-case ASCII letters, digits and '-', e.g. new-energy
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strongs": ["甲"]}]}` | line 1, column 53: clusters[0] (a): unknown key "strongs"; allowed are [content, id, name, named, senses, strong, threshold, weak]
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲"], "weak": ["甲"]}]}` | line 1, column 83: clusters[0] (a): '甲' is both strong and weak
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲"]},\\n {"id": "a", "name": "乙", "strong": ["乙"]}]}` | line 2, column 42: cluster id 'a' appears twice
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲"]},\\n {"id": "b", "name": "甲", "strong": ["乙"]}]}` | line 2, column 42: cluster name '甲' appears twice
        `{"name": "x", "clusters": [\\n  {"id": "coal",\\n   "name": "煤炭", "strong": ["煤炭"],\\n   "weak": ["煤", ["电厂"]]}\\n]}` | line 4, column 18: clusters[0] (coal): weak[1] must be one word, got a [...
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["甲"]}]} x` | line 1, column 72: not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["风光"], "senses": [{"terms": ["风光"]}]}]}` | line 1, column 98: clusters[0] (a): senses[0] needs "require" or "veto" words
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["风光"], "senses": [{"terms": ["光伏"], "require": ["发电"]}]}]}` | line 1, column 93: clusters[0] (a): senses[0].terms[0]: '光伏' is not a strong, weak or named term of this cluster
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["风光"], "senses": [{"terms": ["风光"], "require": ["@power"]}]}]}` | line 1, column 112: clusters[0] (a): senses[0].require[0]: no list named 'power'; the file has no "lists"
        `{"name": "x", "lists": {"grid": ["电网"]}, "clusters": [{"id": "a", "name": "甲", "strong": ["风光"],\n "senses": [{"terms": ["风光"], "require": ["@power"]}]}]}` | line 2, column 43: clusters[0] (a): senses[0].require[0]: no list named 'power'; lists are [grid]
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["风光"], "senses": [{"terms": ["风光"], "veto": ["无限"]}, {"terms": ["风光"], "veto": ["旖旎"]}]}]}` | line 1, column 128: clusters[0] (a): senses[1].terms[0]: '风光' already has a rule in senses[0]
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["风光"], "senses": [{"terms": ["风光"], "requires": ["发电"]}]}]}` | line 1, column 100: clusters[0] (a): senses[0]: unknown key "requires"; allowed are [require, terms, veto]
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["油田"], "named": [{"kind": "fields", "terms": ["富满油田"]}]}]}` | line 1, column 117: clusters[0] (a): named[0] needs "source" (where the facts came from)
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["油田"], "named": [{"kind": "fields", "source": "reports", "terms": ["富满油田", "油田"]}]}]}` | line 1, column 139: clusters[0] (a): named[0].terms[1]: '油田' is already a strong term of this cluster
        `{"name": "x", "lists": ["发电"], "clusters": []}`            | line 1, column 24: "lists" must be an object of named word lists, e.g. {"power": ["发电", "装机"]}
        `{"name": "x", "lists": {"Power": ["发电"]}, "clusters": []}` | line 1, column 25: lists: the name 'Power' must be lower-case ASCII letters, digits and '-'
        `{"name": "x", "lists": {"power": []}, "clusters": []}`     | line 1, column 35: lists.power must be a non-empty list of words
        `{"name": "x", "clusters": [{"id": "a", "name": "甲", "strong": ["@power"]}]}` | line 1, column 64: clusters[0] (a): strong[0]: '@power' refers to a list, which only "content", "unrelated", "require" and "veto" may do
        `{"name": "x", "content": "产量", "clusters": []}`           | line 1, column 26: "content" must be a list of words
        `{"name": "x", "content": ["@industry"], "clusters": [{"id": "a", "name": "甲", "strong": ["油田"]}]}` | line 1, column 27: content[0]: no list named 'industry'; the file has no "lists"
        `{"name": "x", "unrelated": ["游 客"], "clusters": []}`       | line 1, column 29: unrelated[0] must be one word, got 游 客
        """)
    void aBrokenFileIsOneLineNamingTheFileTheLineTheColumnAndTheProblem(String json, String expected)
            throws IOException {
        Path file = write(json.replace("\\n", "\n"));
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> Taxonomy.load(file));
        assertEquals("taxonomy file " + file + ": " + expected, e.getMessage());
    }

    @Test
    void aMissingFileOrADirectoryIsNamed() {
        Path missing = dir.resolve("nope.json");
        assertEquals("taxonomy file " + missing + ": no such file",
                assertThrows(TaxonomyException.class, () -> Taxonomy.load(missing)).getMessage());
        assertEquals("taxonomy file " + dir + ": is a directory, not a file",
                assertThrows(TaxonomyException.class, () -> Taxonomy.load(dir)).getMessage());
    }

    @Test
    void aFileIsReadAsUtf8WithOrWithoutAByteOrderMark() throws IOException {
        String json = "{\"name\": \"茶\", \"clusters\": [{\"id\": \"tea\", \"name\": \"茶叶\", \"strong\": [\"茶园\"]}]}";
        Path withMark = write("\uFEFF" + json);
        assertEquals("茶", Taxonomy.load(withMark).name());
        Path gbk = Files.write(dir.resolve("gbk.json"), json.getBytes(Charset.forName("GBK")));
        assertEquals("taxonomy file " + gbk + ": not UTF-8 text",
                assertThrows(TaxonomyException.class, () -> Taxonomy.load(gbk)).getMessage());
    }

    @Test
    void taxonomiesClassifyAlikeByTheirClustersAndTrapsNotTheirNames() throws IOException {
        Taxonomy tea = Taxonomy.load(write("""
                {"name": "tea", "traps": ["茶叶蛋"], "clusters": [{"id": "tea", "name": "茶叶", "strong": ["茶园"]}]}"""));
        Taxonomy renamed = Taxonomy.load(write("""
                {"name": "renamed", "title": "茶",
                 "traps": ["茶叶蛋"],
                 "clusters": [{"strong": ["茶园"], "name": "茶叶", "id": "tea", "threshold": 6.0}]}"""));
        Taxonomy stricter = Taxonomy.load(write("""
                {"name": "tea", "traps": ["茶叶蛋"], "clusters": [{"id": "tea", "name": "茶叶", "strong": ["茶园"],
                 "threshold": 9}]}"""));
        Taxonomy noTraps = Taxonomy.load(write("""
                {"name": "tea", "clusters": [{"id": "tea", "name": "茶叶", "strong": ["茶园"]}]}"""));
        assertTrue(tea.classifiesLike(renamed));
        assertFalse(tea.classifiesLike(stricter));
        assertFalse(tea.classifiesLike(noTraps));
        assertFalse(Taxonomy.loadDefault().classifiesLike(Taxonomy.loadBundled("xinjiang-2025-10")));
    }

    @Test
    void vocabularyHoldsTermsTrapsAndNames() throws TaxonomyException {
        Taxonomy taxonomy = Taxonomy.loadDefault();
        Set<String> vocabulary = taxonomy.vocabulary();
        assertTrue(vocabulary.containsAll(List.of("煤制气", "羊毛", "棉花糖", "煤炭煤电煤化工")), vocabulary::toString);
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("taxonomy.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
