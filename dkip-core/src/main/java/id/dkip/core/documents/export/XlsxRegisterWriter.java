package id.dkip.core.documents.export;

import id.dkip.core.register.DkipEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX streamed with POI's SXSSF: only the last {@code window} rows are kept in memory, older ones are flushed to
 * a (compressed) temporary file, so a register of any size is written in bounded memory. Entries are pulled from
 * an iterator, so the caller need not hold them all either.
 */
public final class XlsxRegisterWriter {
    public static final int DEFAULT_WINDOW = 100;
    /** Excel's limit on the text of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    private final int window;
    private int maxRowsInMemory;
    private int flushedRows;

    public XlsxRegisterWriter() {
        this(DEFAULT_WINDOW);
    }

    public XlsxRegisterWriter(int window) {
        this.window = window;
    }

    /** Writes the sheet {@code sheetName}: a header row, then one row per entry. Returns the number of entries. */
    public int write(Iterator<DkipEntry> entries, List<RegisterColumn> columns, String sheetName, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(window);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("No");
            h.getCell(0).setCellStyle(header);
            sheet.setColumnWidth(0, 6 * 256);
            for (int c = 0; c < columns.size(); c++) {
                h.createCell(c + 1).setCellValue(columns.get(c).header());
                h.getCell(c + 1).setCellStyle(header);
                sheet.setColumnWidth(c + 1, (int) (columns.get(c).widthChars() * 256));
            }
            sheet.createFreezePane(0, 1);
            int n = 0;
            while (entries.hasNext()) {
                DkipEntry e = entries.next();
                Row row = sheet.createRow(++n);
                row.createCell(0).setCellValue(n);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(e);
                    if (v instanceof LocalDate d) {
                        row.createCell(c + 1).setCellValue(d);
                        row.getCell(c + 1).setCellStyle(date);
                    } else if (v != null) {
                        String text = v.toString();
                        if (text.length() > MAX_CELL_CHARS) {
                            throw new IllegalArgumentException("Entry " + n + (e.id() == null ? "" : " (" + e.id() + ")")
                                    + ", column " + columns.get(c).header() + ": " + text.length()
                                    + " characters, more than the " + MAX_CELL_CHARS + " an Excel cell holds");
                        }
                        row.createCell(c + 1).setCellValue(text);
                        row.getCell(c + 1).setCellStyle(wrap);
                    }
                }
                maxRowsInMemory = Math.max(maxRowsInMemory, n - sheet.getLastFlushedRowNum());
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(n, 1), 0, columns.size()));
            wb.write(out);
            flushedRows = sheet.getLastFlushedRowNum() + 1;
            return n;
        } finally {
            // dispose first: after close() a failed export's sheet could not flush, and POI would log a stack trace
            wb.dispose();
            wb.close();
        }
    }

    /** The most rows (header included) held in memory at once during the last {@link #write}. */
    public int maxRowsInMemory() {
        return maxRowsInMemory;
    }

    /** Rows flushed to the temporary file during the last {@link #write}. */
    public int flushedRows() {
        return flushedRows;
    }
}
