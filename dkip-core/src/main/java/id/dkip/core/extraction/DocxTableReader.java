package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The body-level tables of a Word (DOCX) document, read with SAX straight from the zip: POI's XWPFDocument builds
 * an XMLBeans tree of the whole document.xml (about 25x its size in memory), this keeps only the tables' text.
 * Grid spans repeat a cell across the columns it covers; a vertical merge repeats the text of the cell it
 * continues. Rows, cell length, total text and XML depth are capped ({@link ExtractionLimits}); DOCTYPEs are
 * refused by POI's secure parser (no external entity is ever resolved).
 */
final class DocxTableReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final ExtractionLimits limits;

    DocxTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    List<RawTable> read(DocumentGuard.Document doc) throws IOException, SAXException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(doc.bytes())).get()) {
            ZipArchiveEntry main = zip.getEntry(mainPart(zip));
            if (main == null) {
                throw new ExtractionException(Reason.CORRUPT, doc.fileName(), "word/document.xml missing");
            }
            Handler handler = new Handler(doc.fileName());
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            try (InputStream in = zip.getInputStream(main)) {
                reader.parse(new InputSource(in));
            }
            return handler.tables;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The officeDocument target of {@code _rels/.rels} (almost always word/document.xml). */
    private static String mainPart(ZipFile zip) throws IOException {
        ZipArchiveEntry rels = zip.getEntry("_rels/.rels");
        if (rels == null || rels.getSize() > 1_000_000) {
            return "word/document.xml";
        }
        String text;
        try (InputStream in = zip.getInputStream(rels)) {
            text = new String(in.readNBytes(1_000_000), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<Relationship[^>]*Type=\"[^\"]*/officeDocument\"[^>]*>").matcher(text);
        if (m.find()) {
            java.util.regex.Matcher t = java.util.regex.Pattern.compile("Target=\"/?([^\"]+)\"").matcher(m.group());
            if (t.find()) {
                return t.group(1);
            }
        }
        return "word/document.xml";
    }

    /** One table being read: its rows and, per grid column, the text a vertical merge continues. */
    private static final class Table {
        final List<List<String>> rows = new ArrayList<>();
        final List<String> verticalOrigin = new ArrayList<>();
        List<String> row;
    }

    private final class Handler extends DefaultHandler {
        final List<RawTable> tables = new ArrayList<>();
        private final String fileName;
        private final Deque<Table> open = new ArrayDeque<>();
        private final StringBuilder cell = new StringBuilder();
        private int depth;
        private long chars;
        private int span;
        private boolean continues;
        private boolean inText;
        private boolean paragraphStarted;

        Handler(String fileName) {
            this.fileName = fileName;
        }

        /** Only the outermost table is a candidate matrix; nested tables are layout inside a cell and ignored. */
        private boolean inTopCell() {
            return open.size() == 1 && open.peek().row != null;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (++depth > limits.maxXmlDepth()) {
                throw new ExtractionException(Reason.TOO_DEEP, fileName, Integer.toString(limits.maxXmlDepth()));
            }
            if (!W.equals(uri)) {
                return;
            }
            switch (local) {
                case "tbl" -> open.push(new Table());
                case "tr" -> {
                    if (open.size() == 1) {
                        Table t = open.peek();
                        if (t.rows.size() >= limits.maxRows()) {
                            throw new ExtractionException(Reason.TOO_LARGE, fileName, "tabel " + (tables.size() + 1) + ": "
                                    + limits.maxRows() + " rows");
                        }
                        t.row = new ArrayList<>();
                    }
                }
                case "tc" -> {
                    if (inTopCell()) {
                        cell.setLength(0);
                        span = 1;
                        continues = false;
                        paragraphStarted = false;
                    }
                }
                case "gridSpan" -> {
                    if (inTopCell()) {
                        span = parseSpan(atts.getValue(W, "val"));
                    }
                }
                case "vMerge" -> {
                    if (inTopCell()) {
                        String v = atts.getValue(W, "val");
                        continues = v == null || "continue".equals(v);
                    }
                }
                case "p" -> {
                    if (inTopCell()) {
                        if (paragraphStarted) {
                            append("\n");
                        }
                        paragraphStarted = true;
                    }
                }
                case "t" -> inText = inTopCell();
                case "tab" -> {
                    if (inTopCell()) {
                        append("\t");
                    }
                }
                case "br", "cr" -> {
                    if (inTopCell()) {
                        append("\n");
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            depth--;
            if (!W.equals(uri)) {
                return;
            }
            switch (local) {
                case "t" -> inText = false;
                case "tc" -> {
                    if (inTopCell()) {
                        endCell(open.peek());
                    }
                }
                case "tr" -> {
                    if (open.size() == 1 && open.peek().row != null) {
                        Table t = open.peek();
                        t.rows.add(t.row);
                        t.row = null;
                    }
                }
                case "tbl" -> {
                    Table t = open.pop();
                    if (open.isEmpty()) {
                        tables.add(new RawTable("tabel " + (tables.size() + 1), t.rows, null));
                    }
                }
                default -> {
                }
            }
        }

        private void endCell(Table t) {
            String text = cell.toString().strip();
            for (int i = 0; i < span; i++) {
                int col = t.row.size();
                while (t.verticalOrigin.size() <= col) {
                    t.verticalOrigin.add("");
                }
                if (continues) {
                    t.row.add(t.verticalOrigin.get(col));
                } else {
                    t.row.add(text);
                    t.verticalOrigin.set(col, text);
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                append(new String(ch, start, length));
            }
        }

        private void append(String s) {
            chars += s.length();
            if (chars > limits.maxTextChars()) {
                throw new ExtractionException(Reason.TOO_LARGE, fileName, limits.maxTextChars() + " characters");
            }
            cell.append(s);
            if (cell.length() > limits.maxCellChars()) {
                Table t = open.peek();
                throw new ExtractionException(Reason.TOO_LARGE, fileName, "tabel " + (tables.size() + 1) + ", baris "
                        + (t.rows.size() + 1) + ": > " + limits.maxCellChars() + " characters");
            }
        }

        private static int parseSpan(String v) {
            try {
                return v == null ? 1 : Math.max(1, Math.min(64, Integer.parseInt(v.trim())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
