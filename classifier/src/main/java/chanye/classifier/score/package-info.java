/** Scoring a segmented text against a taxonomy: the model of a text (title, lead, sentences, list items), term occurrences and what each counts for, and each cluster's verdict with its reason. See {@link chanye.classifier.score.ClusterScorer}. */
package chanye.classifier.score;
