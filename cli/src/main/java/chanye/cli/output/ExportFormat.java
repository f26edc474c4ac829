package chanye.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code chanye export} writes: CSV for spreadsheets, JSON Lines for programs, XLSX for Excel. */
public enum ExportFormat {

    /** UTF-8 with a byte order mark, RFC 4180 quoting and CRLF line ends, as Excel opens it with Chinese. */
    CSV,
    /** One JSON object per line, UTF-8. */
    JSONL,
    /** An Excel workbook, written by POI's streaming writer. */
    XLSX;

    /** The format's name as {@code --format} takes it. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith("." + format.option())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A writer of this format onto {@code out}, rows with a body column when {@code withBody}. */
    public ArticleRows open(OutputStream out, boolean withBody) throws IOException {
        return switch (this) {
            case CSV -> new CsvRows(out, withBody);
            case JSONL -> new JsonlRows(out, withBody);
            case XLSX -> new XlsxRows(out, withBody);
        };
    }
}
