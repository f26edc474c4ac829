package chanye.bench.text;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.taxonomy.Taxonomy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link StartupStage}: reads an article from a file (its title on the first line, as
 * {@link StartupStage} writes it), loads the default taxonomy and HanLP, classifies the article, and prints two
 * figures in milliseconds: from JVM start to the first result, and from loading the taxonomy to it (the classifier's
 * own start-up, without the JVM's or the reading of the file).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws IOException {
        String article = Files.readString(Path.of(args[0]));
        int titleEnd = article.indexOf('\n');
        long loadStart = System.currentTimeMillis();
        Classification result = ArticleClassifier.create(Taxonomy.loadDefault())
                .classify(article.substring(0, titleEnd), article.substring(titleEnd + 1));
        long done = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println((done - jvmStart) + " " + (done - loadStart) + " " + result.clusters().size());
    }
}
