/** Plain reasons from Jackson's parse errors. */
package chanye.classifier.json;
