package chanye.index;

import chanye.index.analysis.TestSegmenters;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link BackendContract} on the local Lucene index. */
class LocalIndexTest {

    @TempDir
    Path dir;

    static List<BackendContract.NamedCheck> checks() {
        return BackendContract.checks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void keepsTheContract(BackendContract.NamedCheck check) throws Exception {
        check.check().run(new LocalIndex(dir.resolve("index"), TestSegmenters.segmenter()));
    }
}
