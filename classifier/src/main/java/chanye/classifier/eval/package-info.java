/** Measuring the classifier on a labelled set: per cluster, micro and macro, and per genre. */
package chanye.classifier.eval;
