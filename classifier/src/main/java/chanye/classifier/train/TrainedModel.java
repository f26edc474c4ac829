package chanye.classifier.train;

import chanye.classifier.segment.Token;
import com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier;
import com.hankcs.hanlp.classification.models.NaiveBayesModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A trained one-vs-rest Naive Bayes signal: for each cluster, the probability that a text belongs to it, from
 * HanLP's {@link NaiveBayesClassifier} trained on words cut by the classifier's own segmenter.
 *
 * <p>Saved as a Java-serialised file; loading accepts only the classes such a file holds. Thread-safe: prediction
 * only reads the models.
 */
public final class TrainedModel {

    /** The label of a binary model's positive class. */
    static final String YES = "yes";
    /** The label of a binary model's negative class. */
    static final String NO = "no";
    private static final String FORMAT = "chanye-naive-bayes-1";
    private static final ObjectInputFilter ONLY_MODEL_CLASSES = ObjectInputFilter.Config.createFilter(
            "java.lang.*;java.util.*;chanye.classifier.train.*;com.hankcs.hanlp.**;!*");

    private final Map<String, NaiveBayesModel> models;
    private final Map<String, NaiveBayesClassifier> classifiers;

    TrainedModel(Map<String, NaiveBayesModel> models) {
        SilentHanLP.install();
        this.models = Map.copyOf(models);
        Map<String, NaiveBayesClassifier> classifiers = new LinkedHashMap<>();
        models.forEach((cluster, model) -> classifiers.put(cluster, new NaiveBayesClassifier(model)));
        this.classifiers = Map.copyOf(classifiers);
    }

    /** Where a model lives in a data folder ({@code --data}): {@code DATA/classifier/model.bin}. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("classifier").resolve("model.bin");
    }

    /** The cluster ids the model was trained for. */
    public List<String> clusters() {
        return models.keySet().stream().sorted().toList();
    }

    /** The probability per cluster id that the text with these words belongs to the cluster. */
    public Map<String, Double> probabilities(List<Token> words) {
        String text = bagOfWords(words);
        Map<String, Double> probabilities = new HashMap<>();
        if (text.isEmpty()) {
            return probabilities;
        }
        classifiers.forEach((cluster, classifier) -> {
            Double yes = predictYes(classifier, text);
            if (yes != null) {
                probabilities.put(cluster, yes);
            }
        });
        return probabilities;
    }

    /** The words as HanLP's classifier takes them: separated by spaces, without punctuation. */
    static String bagOfWords(List<Token> words) {
        return words.stream().filter(w -> !w.isPunctuation()).map(Token::text).collect(Collectors.joining(" "));
    }

    private static Double predictYes(NaiveBayesClassifier classifier, String text) {
        try {
            return classifier.predict(text).get(YES);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** Writes the model to the file, replacing it; creates missing parent folders. */
    public void save(Path file) throws ModelException {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(new Stored(FORMAT, new LinkedHashMap<>(models)));
            }
        } catch (IOException e) {
            throw new ModelException("cannot write model file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws ModelException naming the file when it cannot be read or is not a chanye model
     */
    public static TrainedModel load(Path file) throws ModelException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_MODEL_CLASSES);
            if (objects.readObject() instanceof Stored stored && FORMAT.equals(stored.format())) {
                return new TrainedModel(stored.models());
            }
            throw new ModelException("model file " + file + " is not a chanye classifier model");
        } catch (ModelException e) {
            throw e;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new ModelException("model file " + file + " cannot be read as a chanye classifier model: " + e, e);
        }
    }

    /** The serialised form. */
    private record Stored(String format, LinkedHashMap<String, NaiveBayesModel> models) implements Serializable {
    }
}
