package chanye.cli.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The progress of a {@code chanye retag} in its data directory: a first line naming the taxonomy's fingerprint,
 * then the URL of every document re-tagged and committed. URLs are recorded only after the index commit that holds
 * them, so a crash can at worst have a document re-tagged twice, never skipped. A rerun with the same taxonomy
 * skips what is recorded; with another taxonomy it starts over. Not thread-safe.
 */
final class RetagProgress {

    private static final String HEADER = "taxonomy ";

    private final Path file;
    private final String fingerprint;
    private final Set<String> done;

    private RetagProgress(Path file, String fingerprint, Set<String> done) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.done = done;
    }

    /**
     * The progress recorded in {@code file} for the taxonomy of this fingerprint; none when the file is missing or
     * was written for another taxonomy.
     */
    static RetagProgress open(Path file, String fingerprint) throws IOException {
        Set<String> done = new HashSet<>();
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER + fingerprint)) {
                lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).forEach(done::add);
            }
        }
        RetagProgress progress = new RetagProgress(file, fingerprint, done);
        if (done.isEmpty()) {
            progress.startOver();
        }
        return progress;
    }

    private void startOver() throws IOException {
        Files.writeString(file, HEADER + fingerprint + "\n", StandardCharsets.UTF_8);
    }

    /** Whether the document of {@code url} was re-tagged and committed by an earlier run. */
    boolean isDone(String url) {
        return done.contains(url);
    }

    /** How many documents earlier runs re-tagged. */
    int doneBefore() {
        return done.size();
    }

    /** Records URLs whose documents are committed; on disk before it returns. */
    void record(List<String> urls) throws IOException {
        if (urls.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             BufferedWriter writer = new BufferedWriter(Channels.newWriter(channel,
                     StandardCharsets.UTF_8))) {
            for (String url : urls) {
                writer.write(url);
                writer.write('\n');
            }
            writer.flush();
            channel.force(false);
        }
    }

    /** The retag has finished: nothing is left to resume. */
    void finish() throws IOException {
        Files.deleteIfExists(file);
    }
}
