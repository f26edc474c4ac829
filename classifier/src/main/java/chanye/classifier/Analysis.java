package chanye.classifier;

import chanye.classifier.score.Scoring;
import chanye.classifier.segment.Token;
import java.util.Collections;
import java.util.List;

/**
 * A classification with how it came about: the answer to "why was this tagged?".
 *
 * @param title          the title as read (at most {@link ArticleClassifier#MAX_CHARS} characters)
 * @param body           the body as read
 * @param titleWords     the title's words as HanLP made them
 * @param bodyWords      the body's words
 * @param scoring        the kind of text, its sentences, every term occurrence and each cluster's verdict
 * @param classification the result {@link ArticleClassifier#classify} gives
 */
public record Analysis(String title, String body, List<Token> titleWords, List<Token> bodyWords, Scoring scoring,
                       Classification classification) {

    public Analysis {
        titleWords = Collections.unmodifiableList(titleWords);
        bodyWords = Collections.unmodifiableList(bodyWords);
    }
}
