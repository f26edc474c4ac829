/** HanLP segmentation with a forced domain dictionary, and the normalisation of text before it. */
package chanye.classifier.segment;
