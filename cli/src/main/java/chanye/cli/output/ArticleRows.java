package chanye.cli.output;

import chanye.index.StoredArticle;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes exported articles one row at a time; {@link #finish} completes the file, {@link #close} frees it. */
public interface ArticleRows extends Closeable {

    /** Writes one article. */
    void write(StoredArticle article) throws IOException;

    /** Writes what follows the last row and flushes: the file is complete. */
    void finish() throws IOException;

    /** What the user should know about the rows written, one line each: texts cut to fit a format, say. */
    default List<String> notes() {
        return List.of();
    }

    /** Frees what the writer holds besides the output stream, which its owner closes. */
    @Override
    void close() throws IOException;
}
