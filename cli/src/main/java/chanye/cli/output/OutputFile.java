package chanye.cli.output;

import chanye.cli.UserException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the bytes go to a hidden temporary file in the target's folder, which
 * {@link #commit} moves onto the target in one step. Closing without a commit, a failure, or Ctrl-C (a shutdown hook)
 * deletes the temporary file, so the target name never holds half a file; an existing target is replaced only by a
 * complete one.
 */
public final class OutputFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private final Thread onInterrupt;
    private final Object lock = new Object();
    private boolean done;
    private Runnable cleanup = () -> { };

    private OutputFile(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
        this.onInterrupt = new Thread(this::interrupted, "chanye-output-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /**
     * The file to write at {@code target}, checked first: bad usage naming {@code option} when its folder is
     * missing or it is a folder itself.
     */
    public static OutputFile create(String option, Path target) throws IOException {
        Path absolute = check(option, target);
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        return new OutputFile(absolute, temporary);
    }

    /**
     * The absolute path of {@code target}, when a file can be written there.
     *
     * @throws UserException bad usage naming {@code option} when its folder is missing or it is a folder itself
     */
    public static Path check(String option, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw UserException.usage(option + " " + target + " is a folder: give a file name in it");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw UserException.usage(option + " " + target + ": the folder " + folder + " does not exist");
        }
        return absolute;
    }

    /** Where the bytes go until {@link #commit}. */
    public OutputStream stream() {
        return out;
    }

    /** What else to undo when the file is abandoned, such as a writer's own temporary files. */
    public void onAbandon(Runnable action) {
        cleanup = action;
    }

    /** Moves the complete file onto the target. */
    public void commit() throws IOException {
        synchronized (lock) {
            if (done) {
                throw new IOException("interrupted: " + target + " not written");
            }
            out.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        }
        removeHook();
    }

    /** Deletes the temporary file unless {@link #commit} moved it. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (!done) {
                done = true;
                abandon();
            }
        }
        removeHook();
    }

    private void interrupted() {
        synchronized (lock) {
            if (done) {
                return;
            }
            done = true;
            abandon();
        }
        new PrintStream(System.err, true, StandardCharsets.UTF_8)
                .println("chanye: interrupted: " + target + " not written");
    }

    private void abandon() {
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted next; what could not be flushed does not matter
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done while giving up
        }
        cleanup.run();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run; it finds the file done
        }
    }
}
