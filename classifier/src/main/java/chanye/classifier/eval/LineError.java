package chanye.classifier.eval;

/**
 * A line of a labelled file that could not be evaluated.
 *
 * @param line    the line number, from 1
 * @param message what is wrong with it
 */
public record LineError(int line, String message) {
}
