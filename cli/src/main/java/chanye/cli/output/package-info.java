/**
 * Files the CLI writes for people and other programs: written to a temporary file beside the target and moved
 * into place only once complete, so that a failure or Ctrl-C never leaves half a file under the name asked for.
 */
package chanye.cli.output;
