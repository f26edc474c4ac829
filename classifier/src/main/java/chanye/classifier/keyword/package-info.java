/** A handful of keywords per text, by TextRank over its content words. */
package chanye.classifier.keyword;
