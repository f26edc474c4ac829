package chanye.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/** The {@link IndexUnavailableException}s, each saying what is wrong with the index directory and what to do. */
final class IndexErrors {

    private static final int MAX_CAUSE_LENGTH = 160;

    private IndexErrors() {
    }

    static IndexUnavailableException missing(Path indexDir) {
        return new IndexUnavailableException(indexDir, "no index here: run chanye crawl first to build one", null);
    }

    static IndexUnavailableException notADirectory(Path indexDir) {
        return new IndexUnavailableException(indexDir,
                "this is a file, not an index directory: point --data at a directory", null);
    }

    static IndexUnavailableException notWritable(Path indexDir, AccessDeniedException cause) {
        return new IndexUnavailableException(indexDir,
                "permission denied: give --data a directory this user can write to", cause);
    }

    static IndexUnavailableException inUse(Path indexDir, LockObtainFailedException cause) {
        return new IndexUnavailableException(indexDir,
                "the index is in use by another crawl: wait for it to finish or stop it, then try again", cause);
    }

    static IndexUnavailableException corrupt(Path indexDir, IOException cause) {
        return new IndexUnavailableException(indexDir, "the index is corrupt (" + oneLine(cause)
                + "): delete this directory and run chanye crawl again to rebuild it", cause);
    }

    /**
     * Whether Lucene threw {@code e} because the files of the index are damaged, missing or of an unknown format
     * (callers have checked that the directory itself exists).
     */
    static boolean isCorruption(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }

    private static String oneLine(IOException cause) {
        String message = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ").strip();
        String text = cause.getClass().getSimpleName() + ": " + message;
        return text.length() <= MAX_CAUSE_LENGTH ? text : text.substring(0, MAX_CAUSE_LENGTH) + "…";
    }
}
