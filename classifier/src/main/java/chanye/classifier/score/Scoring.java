package chanye.classifier.score;

import chanye.classifier.ClusterTag;
import java.util.List;

/**
 * Everything the scorer found in a text: what kind of text it is, its sentences, every term occurrence and what
 * it counted for, a verdict per cluster, and the tags. {@code chanye analyze} prints it; {@code classify} keeps the
 * tags.
 *
 * @param kind      the kind of text
 * @param words     the body's words that are no punctuation, which sets how often an article's cluster must recur
 * @param sentences the sentences, the title first
 * @param hits      every occurrence of a term, in text order (title first)
 * @param verdicts  one per cluster, in taxonomy order
 * @param tags      the clusters assigned, highest score first
 */
public record Scoring(TextKind kind, int words, List<Sentence> sentences, List<TermHit> hits,
                      List<ClusterVerdict> verdicts, List<ClusterTag> tags) {

    public Scoring {
        sentences = List.copyOf(sentences);
        hits = List.copyOf(hits);
        verdicts = List.copyOf(verdicts);
        tags = List.copyOf(tags);
    }
}
