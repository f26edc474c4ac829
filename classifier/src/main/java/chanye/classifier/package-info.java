/** Tags texts with industrial clusters, with scores, evidence and an explanation; keywords and regions. */
package chanye.classifier;
