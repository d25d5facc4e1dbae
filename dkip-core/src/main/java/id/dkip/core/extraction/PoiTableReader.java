package id.dkip.core.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** Tables of Word (DOCX) and Excel (XLSX, XLS) files through POI, with merged cells expanded; OOXML is streamed. */
final class PoiTableReader {
    private final ExtractionLimits limits;

    PoiTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** DOCX: streamed with SAX ({@link DocxTableReader}). */
    List<RawTable> docxTables(DocumentGuard.Document doc) throws IOException {
        try {
            return new DocxTableReader(limits).read(doc);
        } catch (org.xml.sax.SAXException e) {
            throw Failures.translate(e, doc.fileName());
        }
    }

    // ------------------------------------------------------------------ Excel

    /** XLSX streamed ({@link XlsxTableReader}); the older binary XLS (at most {@code maxBytes}) through HSSF. */
    List<RawTable> workbookTables(DocumentGuard.Document doc) throws IOException {
        if (doc.baseType().equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            try {
                return new XlsxTableReader(limits).read(doc);
            } catch (org.xml.sax.SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
                throw Failures.translate(e, doc.fileName());
            }
        }
        List<RawTable> result = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(doc.open())) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("id"));
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                result.addAll(sheetTables(sheet, formatter, evaluator));
            }
        }
        return result;
    }

    private List<RawTable> sheetTables(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
        int last = sheet.getLastRowNum();
        if (last + 1 > limits.maxRows()) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, "sheet " + sheet.getSheetName(),
                    limits.maxRows() + " rows");
        }
        int width = 0;
        for (Row r : sheet) {
            width = Math.max(width, r.getLastCellNum());
        }
        width = Math.min(width, 200);
        String[][] grid = new String[last + 1][width];
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getColumnIndex() < width) {
                    String v;
                    try {
                        v = formatter.formatCellValue(c, evaluator);
                    } catch (RuntimeException e) {
                        v = formatter.formatCellValue(c);
                    }
                    grid[r.getRowNum()][c.getColumnIndex()] = v;
                }
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            int r0 = merged.getFirstRow();
            int c0 = merged.getFirstColumn();
            if (r0 > last || c0 >= width) {
                continue;
            }
            String v = grid[r0][c0];
            for (int r = r0; r <= Math.min(last, merged.getLastRow()); r++) {
                for (int c = c0; c <= Math.min(width - 1, merged.getLastColumn()); c++) {
                    grid[r][c] = v;
                }
            }
        }
        // a sheet may hold several tables separated by blank rows: each block is a candidate
        List<RawTable> tables = new ArrayList<>();
        List<List<String>> block = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int blankRun = 0;
        for (int r = 0; r <= last; r++) {
            boolean blank = true;
            for (String v : grid[r]) {
                if (v != null && !v.isBlank()) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                blankRun++;
                if (blankRun >= 2 && !block.isEmpty()) {
                    tables.add(new RawTable("sheet " + sheet.getSheetName() + " (baris " + numbers.get(0) + ")", block, numbers));
                    block = new ArrayList<>();
                    numbers = new ArrayList<>();
                }
                continue;
            }
            blankRun = 0;
            block.add(java.util.Arrays.asList(grid[r]));
            numbers.add(r + 1);
        }
        if (!block.isEmpty()) {
            tables.add(new RawTable("sheet " + sheet.getSheetName() + (tables.isEmpty() ? "" : " (baris " + numbers.get(0) + ")"), block, numbers));
        }
        return tables;
    }
}
