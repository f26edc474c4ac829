package chanye.classifier.taxonomy;

import java.util.List;

/**
 * A list of names that point to a cluster on their own (oil fields, coal mines, crop varieties, enterprises), kept
 * together with what they are and where the facts came from, so that a reader can check and extend the lexicon.
 * Its terms count as strong terms of the cluster.
 *
 * @param kind   what the names are, e.g. "oil and gas fields, pipelines and refineries"
 * @param source where the facts came from, for people
 * @param terms  the names
 */
public record TermGroup(String kind, String source, List<String> terms) {

    public TermGroup {
        terms = List.copyOf(terms);
    }
}
