package chanye.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaiveBayesTrainerTest {

    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "cotton-textile", List.of(
                    "棉农在棉田里忙着采收长绒棉，采棉机来回作业。",
                    "轧花厂收购籽棉，加工后的皮棉运往纺纱企业。",
                    "纺织企业新增纱锭，棉纱和坯布订单饱满。",
                    "新棉上市，棉花收购价格比去年略高。"),
            "livestock", List.of(
                    "牧场新建奶牛舍，生鲜乳供应乳品企业。",
                    "肉羊育肥基地出栏羔羊，羊肉价格平稳。",
                    "养殖户扩大肉牛养殖规模，青贮饲草充足。",
                    "畜牧兽医站开展牛羊疫病免疫。"),
            "none", List.of(
                    "马拉松比赛鸣枪开跑，两万名跑者参赛。",
                    "新电影首映，观众称画面精美。",
                    "寒潮来袭，气象台提醒注意保暖。",
                    "高考报名人数创新高，考生按时打印准考证。"));

    private static final Taxonomy TAXONOMY = Taxonomy.loadDefault();
    private static ArticleClassifier lexicon;
    private static NaiveBayesTrainer trainer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        lexicon = ArticleClassifier.create(TAXONOMY);
        trainer = new NaiveBayesTrainer(TAXONOMY, lexicon.segmenter());
    }

    private Path writeExamples(Map<String, List<String>> examples) throws IOException {
        Path root = dir.resolve("train");
        for (Map.Entry<String, List<String>> folder : examples.entrySet()) {
            Path clusterDir = Files.createDirectories(root.resolve(folder.getKey()));
            for (int i = 0; i < folder.getValue().size(); i++) {
                Files.writeString(clusterDir.resolve(i + ".txt"), folder.getValue().get(i), StandardCharsets.UTF_8);
            }
        }
        return root;
    }

    @Test
    void trainsOneModelPerClusterSilently() throws IOException {
        Path root = writeExamples(EXAMPLES);
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        TrainedModel model;
        try {
            model = trainer.train(root);
        } finally {
            System.setOut(stdout);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("cotton-textile", "livestock"), model.clusters());
        Map<String, Double> p = model.probabilities(lexicon.segmenter().words("采棉机采收棉田里的长绒棉，籽棉送到轧花厂。"));
        assertTrue(p.get("cotton-textile") > 0.5 && p.get("livestock") < 0.5, p::toString);
    }

    @Test
    void savedModelLoadsAndIsCombinedWithTheLexicon() throws IOException {
        Path modelFile = TrainedModel.fileIn(dir.resolve("data"));
        trainer.train(writeExamples(EXAMPLES)).save(modelFile);
        ArticleClassifier combined = ArticleClassifier.create(TAXONOMY, modelFile);
        assertTrue(combined.model().isPresent());
        String title = "长绒棉采收";
        String text = "采棉机在棉田里采收长绒棉，籽棉运往轧花厂。";
        ClusterTag withModel = combined.classify(title, text).clusters().get(0);
        ClusterTag without = lexicon.classify(title, text).clusters().get(0);
        assertEquals("cotton-textile", withModel.id());
        assertTrue(withModel.score() > without.score(), withModel + " vs " + without);
        assertEquals(List.of(), combined.classify("马拉松开跑", "两万名跑者参赛，观众加油。").clusters());
    }

    @Test
    void missingModelFileMeansTheLexiconAlone() throws IOException {
        assertFalse(ArticleClassifier.create(TAXONOMY, dir.resolve("none.bin")).model().isPresent());
    }

    @Test
    void corruptModelFileIsAnErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("model.bin"), "not a model");
        ModelException e = assertThrows(ModelException.class, () -> ArticleClassifier.create(TAXONOMY, bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsAnErrorNamingTheFile() throws IOException {
        Path root = writeExamples(EXAMPLES);
        Path bad = root.resolve("livestock").resolve("latin1.txt");
        Files.write(bad, new byte[] {(byte) 0xC0, (byte) 0xFF, 0x41});
        ModelException e = assertThrows(ModelException.class, () -> trainer.train(root));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing         | does not exist or is not a folder",
        "empty           | holds no cluster folders",
        "unknown         | is not a cluster id of taxonomy xinjiang-8",
        "one-folder      | needs .txt files in at least two folders",
        "only-none       | needs .txt files in at least two folders",
    })
    void badTrainingFolderIsAClearError(String layout, String expected) throws IOException {
        Path root = dir.resolve(layout);
        switch (layout) {
            case "empty" -> Files.createDirectories(root);
            case "unknown" -> root = writeExamples(Map.of("tea", List.of("茶园采茶。"), "coal", List.of("煤矿。")));
            case "one-folder" -> root = writeExamples(Map.of("coal", List.of("煤矿生产原煤。")));
            case "only-none" -> root = writeExamples(Map.of("none", List.of("电影首映。", "比赛开跑。")));
            default -> { }
        }
        Path folder = root;
        ModelException e = assertThrows(ModelException.class, () -> trainer.train(folder));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }
}
