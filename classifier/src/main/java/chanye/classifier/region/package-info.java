/** The Xinjiang places a text mentions. */
package chanye.classifier.region;
