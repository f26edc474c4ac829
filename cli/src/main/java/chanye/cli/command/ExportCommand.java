package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.output.ArticleRows;
import chanye.cli.output.ExportFormat;
import chanye.cli.output.OutputFile;
import chanye.index.ArticleReader;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code chanye export}: every article a query and search's filters keep, every copy of a story included, one row
 * each, as CSV, JSON Lines or XLSX, streamed from the index to the file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every article the query and filters keep (every copy of a story), one row each, as"
                + " csv, jsonl or xlsx. Without a query and filters, the whole index.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "An optional query, as search takes it.")
    private List<String> queryWords = new ArrayList<>();

    @Mixin
    private FilterOptions filterOptions;

    @Mixin
    private IndexOptions index;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatNames.class,
            description = "csv, jsonl or xlsx (default: from the --out file's extension).")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the export.")
    private Path out;

    @Option(names = "--with-body", description = "Add each article's text as the last column.")
    private boolean withBody;

    @Override
    public Integer call() throws IOException {
        OutputFile.check("--out", out);
        ExportFormat chosen = format != null ? format : ExportFormat.ofFileName(out.getFileName().toString())
                .orElseThrow(() -> UserException.usage("give --format csv, jsonl or xlsx, or an --out ending in"
                        + " .csv, .jsonl or .xlsx: " + out));
        String query = QueryArguments.join(spec.commandLine(), queryWords);
        DataDir data = main.dataDir();
        Taxonomy taxonomy = index.taxonomy(data);
        FilterOptions.Filters filters = filterOptions.resolve(taxonomy);
        SearchRequest selection = new SearchRequest(query, filters.clusters(), filters.sites(), filters.since(),
                filters.until(), null, 0, 0, filters.regions(), filters.story(), true);
        long exported;
        List<String> notes;
        try (ArticleReader reader = index.backend(data, () -> ArticleClassifier.segmenterFor(taxonomy))
                .openReader();
             OutputFile file = OutputFile.create("--out", out);
             ArticleRows rows = chosen.open(file.stream(), withBody)) {
            file.onAbandon(() -> closeQuietly(rows));
            exported = reader.export(selection, withBody, rows::write);
            rows.finish();
            file.commit();
            notes = rows.notes();
        } catch (InvalidQueryException e) {
            throw UserException.usage("bad query: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("chanye: note: " + note));
        if (exported == 0) {
            err.println("chanye: note: no article matches" + (filters.any() || !query.isBlank() ? "" : " (the index"
                    + " is empty)") + ": " + out + " holds no row");
        }
        spec.commandLine().getOut().println("exported " + exported + (exported == 1 ? " article" : " articles")
                + " to " + out + " (" + chosen.option() + ")");
        return 0;
    }

    private static void closeQuietly(ArticleRows rows) {
        try {
            rows.close();
        } catch (IOException e) {
            // giving up the file anyway
        }
    }

    /** {@code --format} values, in any case; anything else is bad usage listing the formats. */
    static final class FormatNames implements ITypeConverter<ExportFormat> {

        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat candidate : ExportFormat.values()) {
                if (candidate.option().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw new TypeConversionException("expected " + Arrays.stream(ExportFormat.values())
                    .map(ExportFormat::option).collect(Collectors.joining(", ")) + ", not '" + value + "'");
        }
    }
}
