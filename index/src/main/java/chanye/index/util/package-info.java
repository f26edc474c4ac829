/**
 * Small data structures the index's packages share, kept here so that search and story grouping use one
 * implementation rather than a copy each.
 */
package chanye.index.util;
