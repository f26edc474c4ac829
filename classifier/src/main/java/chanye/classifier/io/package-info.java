/** Reading user files: byte order marks, and JSON Lines that must be UTF-8, line by line. */
package chanye.classifier.io;
