/**
 * The analyst's-view stages: what grouping stories costs the index writer ({@code bench stories}), and how long a
 * report ({@code bench report}) and an export ({@code bench export-rows}) of the resulting 100,000-article index take.
 */
package chanye.bench.story;
