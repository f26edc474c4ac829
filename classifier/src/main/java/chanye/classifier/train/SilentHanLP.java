package chanye.classifier.train;

import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;

/** Stops HanLP's classification package from printing its progress to the console, which is stdout. */
final class SilentHanLP implements ILogger {

    private SilentHanLP() {
    }

    /** Replaces HanLP's console logger with this silent one; idempotent. */
    static void install() {
        ConsoleLogger.logger = new SilentHanLP();
    }

    @Override
    public void out(String format, Object... args) {
        // HanLP's progress messages are dropped on purpose.
    }

    @Override
    public void err(String format, Object... args) {
        // Training problems surface as exceptions, not as console output.
    }

    @Override
    public void start(String format, Object... args) {
        // Progress is not reported.
    }

    @Override
    public void finish(String format, Object... args) {
        // Progress is not reported.
    }
}
