package chanye.cli.output;

import chanye.index.StoredArticle;
import chanye.index.query.SearchFilters;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook through POI's streaming writer (SXSSF): only the last {@value #ROWS_IN_MEMORY} rows are held,
 * the rest go to POI's temporary files until {@link #finish} zips the workbook onto the output. The publish time is
 * a date cell in China time. Excel holds at most 32,767 characters in a cell and 1,048,576 rows in a sheet: a longer
 * text is cut (and counted in {@link #notes}), and rows go on in a next sheet.
 */
final class XlsxRows implements ArticleRows {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int PUBLISH_TIME = ExportColumns.NAMES.indexOf("publishTime");

    private final OutputStream out;
    private final boolean withBody;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private int rows;
    private int cut;

    XlsxRows(OutputStream out, boolean withBody) {
        this.out = out;
        this.withBody = withBody;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        newSheet();
    }

    private void newSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? "articles" : "articles " + number);
        Row header = sheet.createRow(0);
        List<String> names = ExportColumns.names(withBody);
        for (int column = 0; column < names.size(); column++) {
            header.createCell(column).setCellValue(names.get(column));
            header.getCell(column).setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        rows = 1;
    }

    @Override
    public void write(StoredArticle article) {
        if (rows == MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(rows++);
        List<String> values = ExportColumns.values(article, withBody);
        for (int column = 0; column < values.size(); column++) {
            if (column == PUBLISH_TIME && article.article().publishTime() != null) {
                row.createCell(column).setCellValue(article.article().publishTime()
                        .atZoneSameInstant(SearchFilters.CHINA).toLocalDateTime());
                row.getCell(column).setCellStyle(dateStyle);
                continue;
            }
            String value = values.get(column);
            if (value.length() > MAX_CELL) {
                value = value.substring(0, MAX_CELL - 1) + "…";
                cut++;
            }
            row.createCell(column).setCellValue(value);
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (cut > 0) {
            notes.add(cut + " cells longer than Excel's " + MAX_CELL + " characters were cut; csv and jsonl keep"
                    + " every text whole");
        }
        return notes;
    }

    @Override
    public void close() {
        workbook.dispose();
    }
}
