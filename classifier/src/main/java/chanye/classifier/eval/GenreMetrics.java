package chanye.classifier.eval;

/**
 * How well the texts of one genre (brief, report, policy ...) of a labelled set were tagged.
 *
 * @param genre                the genre, as the labelled lines name it
 * @param texts                the texts of the genre
 * @param noClusterTexts       of those, the texts labelled with no cluster
 * @param falseTagsOnNoCluster of those, the texts tagged anyway
 * @param wrongTexts           texts whose set of tags differs from their labels
 * @param microPrecision       precision over the genre's (text, cluster) decisions
 * @param microRecall          recall over them
 * @param microF1              F1 over them
 * @param macroF1              the mean F1 of the clusters labelled or tagged in the genre; 0 when none was
 */
public record GenreMetrics(String genre, int texts, int noClusterTexts, int falseTagsOnNoCluster, int wrongTexts,
                           double microPrecision, double microRecall, double microF1, double macroF1) {
}
