package chanye.classifier.train;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier;
import com.hankcs.hanlp.classification.corpus.MemoryDataSet;
import com.hankcs.hanlp.classification.models.NaiveBayesModel;
import com.hankcs.hanlp.classification.tokenizers.BlankTokenizer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Trains a {@link TrainedModel} from a folder of example texts: {@code DIR/<cluster-id>/*.txt}, one text a file,
 * plus optionally {@code DIR/none/*.txt} for texts about no cluster.
 *
 * <p>For each cluster with examples, HanLP's {@link NaiveBayesClassifier} learns the cluster's texts against all
 * other texts (one-vs-rest), because HanLP's classifier is single-label and the clusters are not exclusive. Texts
 * are cut by the classifier's segmenter, so training and prediction see the same words.
 */
public final class NaiveBayesTrainer {

    /** The folder of texts that belong to no cluster. */
    public static final String NONE = "none";

    private final Taxonomy taxonomy;
    private final Segmenter segmenter;

    /**
     * @param taxonomy  the taxonomy whose cluster ids name the training folders
     * @param segmenter the classifier's segmenter, so that training sees the words prediction will see
     */
    public NaiveBayesTrainer(Taxonomy taxonomy, Segmenter segmenter) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        SilentHanLP.install();
    }

    /**
     * Trains on the folder.
     *
     * @throws ModelException naming the folder when it is missing, holds no cluster folders, holds a folder that
     *                        is no cluster id of the taxonomy, or has too few texts to learn from
     */
    public TrainedModel train(Path dir) throws ModelException {
        Map<String, List<String>> textsByFolder = read(dir);
        Map<String, NaiveBayesModel> models = new LinkedHashMap<>();
        for (String cluster : textsByFolder.keySet()) {
            if (cluster.equals(NONE)) {
                continue;
            }
            List<String> rest = textsByFolder.entrySet().stream().filter(e -> !e.getKey().equals(cluster))
                    .flatMap(e -> e.getValue().stream()).toList();
            MemoryDataSet data = new MemoryDataSet();
            data.setTokenizer(new BlankTokenizer());
            textsByFolder.get(cluster).forEach(text -> data.add(TrainedModel.YES, text));
            rest.forEach(text -> data.add(TrainedModel.NO, text));
            NaiveBayesClassifier classifier = new NaiveBayesClassifier();
            classifier.train(data);
            models.put(cluster, classifier.getNaiveBayesModel());
        }
        return new TrainedModel(models);
    }

    private Map<String, List<String>> read(Path dir) throws ModelException {
        if (!Files.isDirectory(dir)) {
            throw new ModelException("training folder " + dir + " does not exist or is not a folder");
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new ModelException("cannot list training folder " + dir + ": " + e.getMessage(), e);
        }
        if (folders.isEmpty()) {
            throw new ModelException("training folder " + dir + " holds no cluster folders; expected "
                    + dir.resolve("<cluster-id>") + "/*.txt with ids such as " + ids());
        }
        Map<String, List<String>> textsByFolder = new LinkedHashMap<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            if (!name.equals(NONE) && taxonomy.clusters().stream().noneMatch(c -> c.id().equals(name))) {
                throw new ModelException("training folder " + folder + " is not a cluster id of taxonomy "
                        + taxonomy.name() + "; expected one of " + ids() + " or " + NONE);
            }
            List<String> texts = texts(folder);
            if (!texts.isEmpty()) {
                textsByFolder.put(name, texts);
            }
        }
        if (textsByFolder.keySet().stream().filter(name -> !name.equals(NONE)).findAny().isEmpty()
                || textsByFolder.size() < 2) {
            throw new ModelException("training folder " + dir + " needs .txt files in at least two folders, one of "
                    + "them a cluster, to learn a cluster against the rest");
        }
        return textsByFolder;
    }

    private List<String> texts(Path folder) throws ModelException {
        List<Path> files;
        try (Stream<Path> children = Files.list(folder)) {
            files = children.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new ModelException("cannot list training folder " + folder + ": " + e.getMessage(), e);
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            String words = TrainedModel.bagOfWords(segmenter.words(text(file)));
            if (!words.isEmpty()) {
                texts.add(words);
            }
        }
        return texts;
    }

    private static String text(Path file) throws ModelException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ModelException("training text " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ModelException("cannot read training text " + file + ": " + e.getMessage(), e);
        }
    }

    private String ids() {
        return taxonomy.clusters().stream().map(c -> c.id()).toList().toString();
    }
}
