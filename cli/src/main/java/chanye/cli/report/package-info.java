/**
 * {@code chanye report} as a page: one self-contained HTML file with the report's charts (Apache ECharts, inlined
 * from its webjar) and the same figures in plain tables, Chinese labels throughout, that opens offline.
 */
package chanye.cli.report;
