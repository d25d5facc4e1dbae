package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The tables of an Excel 2007+ workbook (XLSX) through POI's event API: sheets are streamed with SAX (XSSFReader,
 * XSSFSheetXMLHandler) instead of being loaded as XMLBeans trees (4-5 GB for an 81 MB sheet). Only non-blank rows
 * are kept; rows, columns, cell length and total text are capped. Merged cells are expanded as in a workbook.
 * Values are the cached results of formulas, formatted as Excel shows them (Indonesian locale).
 */
final class XlsxTableReader {
    private static final int MAX_COLUMNS = 200;
    private final ExtractionLimits limits;

    XlsxTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    List<RawTable> read(DocumentGuard.Document doc) throws IOException, SAXException, OpenXML4JException {
        // a package opened from a file reads each part lazily; from a stream POI would hold every part in memory
        Path tmp = Files.createTempFile("dkip-xlsx", ".xlsx");
        try {
            Files.write(tmp, doc.bytes());
            try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
                return read(pkg, doc.fileName());
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private List<RawTable> read(OPCPackage pkg, String fileName) throws IOException, SAXException, OpenXML4JException {
        for (PackagePart part : pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/sharedStrings.*\\.xml"))) {
            // the shared strings are held in memory: no bigger than the text a document may have
            if (part.getSize() > 2L * limits.maxTextChars()) {
                throw new ExtractionException(Reason.TOO_LARGE, fileName, limits.maxTextChars() + " characters");
            }
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("id"));
        Budget budget = new Budget(fileName);
        List<RawTable> result = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                Sheet sheet = new Sheet(sheets.getSheetName(), budget);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new MergeAwareHandler(styles, strings, sheet, formatter));
                xml.parse(new InputSource(in));
                result.addAll(sheet.tables());
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    /** Caps shared by all sheets of the workbook. */
    private final class Budget {
        final String fileName;
        long chars;
        int rows;

        Budget(String fileName) {
            this.fileName = fileName;
        }
    }

    /** XSSFSheetXMLHandler does not report merged regions: they are caught on the way through. */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private final Sheet sheet;

        MergeAwareHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Sheet sheet, DataFormatter formatter) {
            super(styles, null, strings, sheet, formatter, false);
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                sheet.merged(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** One sheet: its non-blank rows by number, then split into tables at two or more blank rows. */
    private final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final Budget budget;
        private final TreeMap<Integer, String[]> rows = new TreeMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private String[] current;
        private int width;

        Sheet(String name, Budget budget) {
            this.name = name;
            this.budget = budget;
        }

        void merged(CellRangeAddress range) {
            if (merged.size() < limits.maxRows()) {
                merged.add(range);
            }
        }

        @Override
        public void startRow(int rowNum) {
            current = null;
        }

        @Override
        public void endRow(int rowNum) {
            if (current != null) {
                if (++budget.rows > limits.maxRows()) {
                    throw new ExtractionException(Reason.TOO_LARGE, budget.fileName, "sheet " + name + ": " + limits.maxRows() + " rows");
                }
                rows.put(rowNum, current);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isBlank() || reference == null) {
                return;
            }
            CellAddress at = new CellAddress(reference);
            if (at.getColumn() >= MAX_COLUMNS) {
                return;
            }
            budget.chars += value.length();
            if (budget.chars > limits.maxTextChars()) {
                throw new ExtractionException(Reason.TOO_LARGE, budget.fileName, limits.maxTextChars() + " characters");
            }
            if (value.length() > limits.maxCellChars()) {
                throw new ExtractionException(Reason.TOO_LARGE, budget.fileName, "sheet " + name + ", " + reference + ": > "
                        + limits.maxCellChars() + " characters");
            }
            if (current == null) {
                current = new String[at.getColumn() + 1];
            } else if (current.length <= at.getColumn()) {
                current = Arrays.copyOf(current, at.getColumn() + 1);
            }
            current[at.getColumn()] = value;
            width = Math.max(width, at.getColumn() + 1);
        }

        List<RawTable> tables() {
            expandMerged();
            List<RawTable> tables = new ArrayList<>();
            List<List<String>> block = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            int previous = -10;
            for (Map.Entry<Integer, String[]> e : rows.entrySet()) {
                String[] cells = Arrays.copyOf(e.getValue(), width);
                if (Arrays.stream(cells).allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                // a sheet may hold several tables separated by (two or more) blank rows: each block is a candidate
                if (e.getKey() - previous > 2 && !block.isEmpty()) {
                    tables.add(new RawTable("sheet " + name + " (baris " + numbers.get(0) + ")", block, numbers));
                    block = new ArrayList<>();
                    numbers = new ArrayList<>();
                }
                previous = e.getKey();
                block.add(Arrays.asList(cells));
                numbers.add(e.getKey() + 1);
            }
            if (!block.isEmpty()) {
                tables.add(new RawTable("sheet " + name + (tables.isEmpty() ? "" : " (baris " + numbers.get(0) + ")"), block, numbers));
            }
            return tables;
        }

        /** The value of a merged region's first cell fills the region (as many rows as the row cap allows). */
        private void expandMerged() {
            for (CellRangeAddress m : merged) {
                String[] first = rows.get(m.getFirstRow());
                String v = first == null || first.length <= m.getFirstColumn() ? null : first[m.getFirstColumn()];
                if (v == null || m.getFirstColumn() >= MAX_COLUMNS) {
                    continue;
                }
                int lastColumn = Math.min(MAX_COLUMNS - 1, m.getLastColumn());
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    String[] row = rows.get(r);
                    if (row == null) {
                        if (++budget.rows > limits.maxRows()) {
                            throw new ExtractionException(Reason.TOO_LARGE, budget.fileName, "sheet " + name + ": " + limits.maxRows() + " rows");
                        }
                        row = new String[lastColumn + 1];
                    } else if (row.length <= lastColumn) {
                        row = Arrays.copyOf(row, lastColumn + 1);
                    }
                    for (int c = m.getFirstColumn(); c <= lastColumn; c++) {
                        row[c] = v;
                    }
                    rows.put(r, row);
                    width = Math.max(width, lastColumn + 1);
                }
            }
        }
    }
}
