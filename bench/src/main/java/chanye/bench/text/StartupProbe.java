package chanye.bench.text;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.taxonomy.Taxonomy;
import java.lang.management.ManagementFactory;

/**
 * Run in a fresh JVM by {@link StartupStage}: loads the default taxonomy and HanLP, classifies one generated
 * article, and prints two figures in milliseconds: from JVM start to the first result, and from entering
 * {@code main} to it (the classifier's own start-up, without the JVM's).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long enteredMain = System.currentTimeMillis();
        BenchText text = BenchText.generate(1, 2000, 1).get(0);
        long loadStart = System.currentTimeMillis();
        Classification result = ArticleClassifier.create(Taxonomy.loadDefault()).classify(text.title(), text.body());
        long done = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println((done - jvmStart) + " " + (done - loadStart) + " " + result.clusters().size());
    }
}
