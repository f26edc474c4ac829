package chanye.classifier.taxonomy;

import java.util.List;

/**
 * When some of a cluster's terms count: only where certain context words stand in the same sentence, or not where
 * others do. 风光 is the power of wind and sun beside 发电 or 装机 and scenery elsewhere; 苹果 is no fruit beside
 * 手机 or 发布会.
 *
 * <p>Context words are matched as whole words of the term's sentence (the title is one sentence; in the body a
 * sentence ends at 。！？； or a line break), after the same normalisation as terms; the segmenter keeps them whole.
 * A rule a reader can check: no weights, just words.
 *
 * @param terms   the cluster's terms the rule applies to; each term has at most one rule
 * @param require the term counts only if at least one of these words stands in its sentence; empty for no such
 *                condition
 * @param veto    the term does not count if any of these words stands in its sentence; empty for no such condition
 */
public record SenseRule(List<String> terms, List<String> require, List<String> veto) {

    public SenseRule {
        terms = List.copyOf(terms);
        require = List.copyOf(require);
        veto = List.copyOf(veto);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a sense rule needs at least one term");
        }
        if (require.isEmpty() && veto.isEmpty()) {
            throw new IllegalArgumentException("a sense rule needs required or veto words: " + terms);
        }
    }
}
