package chanye.bench.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads an extraction corpus: a folder with one sub-folder per page, each holding a {@code page.html}. */
public final class CorpusPages {

    private static final String PAGE = "page.html";

    private CorpusPages() {
    }

    /**
     * The corpus's pages, ordered by folder name.
     *
     * @throws NoSuchFileException when the folder is missing or holds no {@code page.html}
     */
    public static List<CorpusPage> load(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new NoSuchFileException(corpus.toString(), null, "no such corpus folder");
        }
        List<CorpusPage> pages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path page : folders.sorted().map(folder -> folder.resolve(PAGE)).filter(Files::isRegularFile).toList()) {
                pages.add(new CorpusPage(page, Files.readAllBytes(page)));
            }
        }
        if (pages.isEmpty()) {
            throw new NoSuchFileException(corpus.toString(), null, "no <page>/" + PAGE + " files in the corpus folder");
        }
        return pages;
    }

    /** {@link #load}, for JMH set-up methods that cannot throw checked exceptions. */
    static List<CorpusPage> loadUnchecked(Path corpus) {
        try {
            return load(corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
