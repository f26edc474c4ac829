package chanye.cli.output;

import chanye.index.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens correctly with Chinese: UTF-8 with a byte order mark, a header row, RFC 4180 quoting (fields
 * with commas, quotes or line breaks quoted, quotes doubled) and CRLF line ends, through Apache Commons CSV.
 */
final class CsvRows implements ArticleRows {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;
    private final boolean withBody;

    CsvRows(OutputStream out, boolean withBody) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.withBody = withBody;
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(ExportColumns.names(withBody).toArray(String[]::new)).get());
    }

    @Override
    public void write(StoredArticle article) throws IOException {
        for (String value : ExportColumns.values(article, withBody)) {
            printer.print(value);
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() {
        // the output stream belongs to the file being written, which closes it
    }
}
