package id.dkip.core.extraction;

import java.io.IOException;
import java.math.BigInteger;
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
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Tables of Word (DOCX) and Excel (XLSX, XLS) files through POI, with merged cells expanded. */
final class PoiTableReader {
    private final ExtractionLimits limits;

    PoiTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    // ------------------------------------------------------------------ Word

    List<RawTable> docxTables(DocumentGuard.Document doc) throws IOException {
        List<RawTable> result = new ArrayList<>();
        try (XWPFDocument word = new XWPFDocument(doc.open())) {
            int index = 0;
            for (IBodyElement element : word.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    index++;
                    result.add(docxTable(table, "tabel " + index));
                }
            }
        }
        return result;
    }

    private RawTable docxTable(XWPFTable table, String description) {
        List<List<String>> rows = new ArrayList<>();
        // per grid column: the text of the cell a vertical merge continues
        List<String> verticalOrigin = new ArrayList<>();
        int count = 0;
        for (XWPFTableRow row : table.getRows()) {
            if (++count > limits.maxRows()) {
                throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, description, limits.maxRows() + " rows");
            }
            List<String> out = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.isSetGridSpan()) {
                    BigInteger v = pr.getGridSpan().getVal();
                    span = v == null ? 1 : Math.max(1, Math.min(64, v.intValue()));
                }
                String text = cellText(cell);
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                for (int i = 0; i < span; i++) {
                    int col = out.size();
                    while (verticalOrigin.size() <= col) {
                        verticalOrigin.add("");
                    }
                    if (continues) {
                        out.add(verticalOrigin.get(col));
                    } else {
                        out.add(text);
                        verticalOrigin.set(col, text);
                    }
                }
            }
            rows.add(out);
        }
        return new RawTable(description, rows, null);
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        cell.getParagraphs().forEach(p -> {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.getText());
        });
        return sb.toString().strip();
    }

    // ------------------------------------------------------------------ Excel

    List<RawTable> workbookTables(DocumentGuard.Document doc) throws IOException {
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
