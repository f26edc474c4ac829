package chanye.cli.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** What an index on disk holds, read with Lucene itself: the URL of every live document, and CheckIndex. */
final class IndexContents {

    private IndexContents() {
    }

    /** The URL of every live document, duplicates kept, so a test can see a document stored twice. */
    static List<String> urls(Path indexDir) throws IOException {
        List<String> urls = new ArrayList<>();
        try (Directory directory = FSDirectory.open(indexDir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader leafReader = leaf.reader();
                Bits live = leafReader.getLiveDocs();
                StoredFields stored = leafReader.storedFields();
                for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        urls.add(stored.document(doc).get("url"));
                    }
                }
            }
        }
        return urls;
    }

    /** Lucene's CheckIndex verdict; the report when it is not clean. */
    static String check(Path indexDir) throws IOException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (Directory directory = FSDirectory.open(indexDir); CheckIndex checker = new CheckIndex(directory)) {
            checker.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
            return checker.checkIndex().clean ? "clean" : report.toString(StandardCharsets.UTF_8);
        }
    }
}
