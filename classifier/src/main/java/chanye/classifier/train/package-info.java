/** The optional Naive Bayes signal trained from folders of example texts. */
package chanye.classifier.train;
