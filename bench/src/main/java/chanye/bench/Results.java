package chanye.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a stage's measured figures as JSON, which bench/report.py turns into the tables of BENCHMARKS.md. */
public final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Results() {
    }

    /** Writes {@code value} (a record or map) to {@code file}, creating its folder. */
    public static void write(Path file, Object value) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), value);
    }

    /** The shared mapper, for one JSON object per line outputs. */
    public static ObjectMapper mapper() {
        return JSON.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }
}
