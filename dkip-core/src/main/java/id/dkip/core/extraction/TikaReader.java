package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text and tables through Tika's XHTML output, with Tika's {@link SecureContentHandler} (compression ratio and
 * XML depth), a cap on extracted characters, and a limit on how deep embedded documents are followed.
 */
public final class TikaReader {
    private final DocumentGuard guard;
    private final Parser parser;

    public TikaReader(DocumentGuard guard) {
        this.guard = guard;
        this.parser = new AutoDetectParser();
    }

    /** What Tika saw: paragraphs with pages, and the tables of the XHTML. */
    public record Extracted(List<TextBlock> blocks, List<RawTable> tables, int characters) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (TextBlock b : blocks) {
                sb.append(b.text()).append('\n');
            }
            return sb.toString();
        }
    }

    /** Parses the whole document under the time cap. */
    public Extracted extract(DocumentGuard.Document doc) {
        return guard.timed(doc.fileName(), () -> parse(doc));
    }

    /**
     * Parses the document, handing each paragraph to {@code sink} as it is read: no table and no list of
     * paragraphs is kept, so memory does not grow with the document (what the scanner needs). Returns the number
     * of characters read. Not timed: the caller runs it under {@link DocumentGuard#timed}.
     */
    int stream(DocumentGuard.Document doc, java.util.function.Consumer<TextBlock> sink) throws IOException, SAXException, TikaException {
        return parse(doc, new Collector(guard.limits(), doc.fileName(), sink)).chars;
    }

    Extracted parse(DocumentGuard.Document doc) throws IOException, SAXException, TikaException {
        Collector collector = parse(doc, new Collector(guard.limits(), doc.fileName(), null));
        return new Extracted(collector.blocks, collector.tables, collector.chars);
    }

    private Collector parse(DocumentGuard.Document doc, Collector collector) throws IOException, SAXException, TikaException {
        ExtractionLimits limits = guard.limits();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, doc.fileName());
        metadata.set(Metadata.CONTENT_TYPE, doc.type().toString());
        ParseContext context = new ParseContext();
        AtomicInteger depth = new AtomicInteger();
        context.set(Parser.class, new DepthLimitingParser(parser, depth, limits.maxEmbeddedDepth(), doc.fileName()));
        // Word and PowerPoint through SAX rather than POI's XMLBeans DOM, which takes ~25x a part's size in memory
        org.apache.tika.parser.microsoft.OfficeParserConfig office = new org.apache.tika.parser.microsoft.OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
        try (TikaInputStream tis = TikaInputStream.get(doc.bytes(), metadata)) {
            SecureContentHandler secure = new SecureContentHandler(collector, tis);
            secure.setMaximumDepth(limits.maxXmlDepth());
            secure.setMaximumPackageEntryDepth(Math.max(1, limits.maxEmbeddedDepth() + 1));
            secure.setMaximumCompressionRatio(Math.max(1, (long) (1 / Math.max(limits.minInflateRatio(), 1e-6))));
            try {
                parser.parse(tis, secure, metadata, context);
            } catch (SAXException e) {
                secure.throwIfCauseOf(e);
                throw e;
            }
        } catch (TikaException e) {
            throw Failures.translate(e, doc.fileName());
        }
        return collector;
    }

    /** Follows embedded documents only to the configured depth. */
    private static final class DepthLimitingParser extends ParserDecorator {
        private static final long serialVersionUID = 1L;
        private final transient AtomicInteger depth;
        private final int max;
        private final String fileName;

        DepthLimitingParser(Parser parser, AtomicInteger depth, int max, String fileName) {
            super(parser);
            this.depth = depth;
            this.max = max;
            this.fileName = fileName;
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            if (depth.incrementAndGet() > max) {
                depth.decrementAndGet();
                throw new ExtractionException(Reason.TOO_DEEP, DocumentGuard.name(fileName), Integer.toString(max));
            }
            try {
                super.parse(stream, handler, metadata, context);
            } finally {
                depth.decrementAndGet();
            }
        }

        @Override
        public java.util.Set<MediaType> getSupportedTypes(ParseContext context) {
            return super.getSupportedTypes(context);
        }
    }

    /**
     * Collects paragraphs (p, h*, li, td, th, pre, div text) with page numbers, and XHTML tables with spans; or,
     * with a sink, hands paragraphs on as they come and keeps nothing.
     */
    private static final class Collector extends DefaultHandler {
        private static final int MAX_BLOCK = 2000;
        private final int maxChars;
        private final int maxRows;
        private final String fileName;
        private final java.util.function.Consumer<TextBlock> sink;
        final List<TextBlock> blocks = new ArrayList<>();
        final List<RawTable> tables = new ArrayList<>();
        int chars;
        private int blockCount;
        private final StringBuilder current = new StringBuilder();
        private final StringBuilder cellText = new StringBuilder();
        private int page;
        private boolean paged;
        private final java.util.ArrayDeque<TableBuilder> tableStack = new java.util.ArrayDeque<>();

        Collector(ExtractionLimits limits, String fileName, java.util.function.Consumer<TextBlock> sink) {
            this.maxChars = limits.maxTextChars();
            this.maxRows = limits.maxRows();
            this.fileName = fileName;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "div" -> {
                    if ("page".equals(atts.getValue("class"))) {
                        flush();
                        paged = true;
                        page++;
                    }
                }
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "tr" -> flush();
                case "td", "th" -> {
                    flush();
                    cellText.setLength(0);
                    if (!tableStack.isEmpty()) {
                        tableStack.peek().startCell(span(atts.getValue("colspan")), span(atts.getValue("rowspan")));
                    }
                }
                case "table" -> {
                    flush();
                    tableStack.push(sink == null ? new TableBuilder(maxRows, DocumentGuard.name(fileName)) : TableBuilder.DISCARD);
                }
                case "br" -> current.append('\n');
                default -> {
                }
            }
            if ("tr".equals(name) && !tableStack.isEmpty()) {
                tableStack.peek().startRow();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "td", "th" -> {
                    flush();
                    String text = cellText.toString().strip();
                    cellText.setLength(0);
                    if (!tableStack.isEmpty()) {
                        tableStack.peek().endCell(text);
                    }
                }
                case "table" -> {
                    flush();
                    TableBuilder b = tableStack.pop();
                    if (tableStack.isEmpty() && b != TableBuilder.DISCARD) {
                        tables.add(b.build("tabel " + (tables.size() + 1)));
                    }
                }
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "div", "body" -> flush();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > maxChars) {
                throw new SAXException(new ExtractionException(Reason.TOO_LARGE, DocumentGuard.name(fileName),
                        maxChars + " characters"));
            }
            current.append(ch, start, length);
        }

        @Override
        public void endDocument() {
            flush();
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            current.append(' ');
        }

        private void flush() {
            String t = current.toString().strip();
            current.setLength(0);
            if (!t.isEmpty() && !tableStack.isEmpty() && sink == null) {
                cellText.append(cellText.length() > 0 ? "\n" : "").append(t);
            }
            if (!t.isEmpty()) {
                // plain text arrives as one huge paragraph: cut long ones at line breaks into pieces of ~2,000 chars
                int from = 0;
                while (t.length() - from > MAX_BLOCK) {
                    int cut = t.lastIndexOf('\n', from + MAX_BLOCK);
                    if (cut <= from) {
                        cut = t.indexOf('\n', from + MAX_BLOCK);
                    }
                    if (cut < 0) {
                        break;
                    }
                    addBlock(t.substring(from, cut).strip());
                    from = cut + 1;
                }
                addBlock(t.substring(from).strip());
            }
        }

        private void addBlock(String t) {
            if (!t.isEmpty()) {
                TextBlock block = new TextBlock(paged ? Math.max(page, 1) : null, ++blockCount, t);
                if (sink == null) {
                    blocks.add(block);
                } else {
                    sink.accept(block);
                }
            }
        }

        private static int span(String v) {
            try {
                return v == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(v.trim())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** Lays out an HTML table with col/row spans onto a grid; blank rows are not kept, rows beyond the cap refuse. */
    static class TableBuilder {
        /** Keeps nothing: for readers that want the text only. */
        static final TableBuilder DISCARD = new TableBuilder(Integer.MAX_VALUE, "") {
            @Override
            void startRow() {
            }

            @Override
            void startCell(int colspan, int rowspan) {
            }

            @Override
            void endCell(String text) {
            }
        };
        private final int maxRows;
        private final String fileName;
        private final List<String[]> grid = new ArrayList<>();
        private final List<boolean[]> filled = new ArrayList<>();
        private int row = -1;
        private int col;
        private int pendingColspan;
        private int pendingRowspan;

        TableBuilder(int maxRows, String fileName) {
            this.maxRows = maxRows;
            this.fileName = fileName;
        }

        void startRow() {
            // a blank row (nothing filled, no span reaching it) is reused rather than stored
            if (row >= 0 && isBlank(row) && row == grid.size() - 1) {
                grid.set(row, new String[0]);
                filled.set(row, new boolean[0]);
            } else {
                row++;
            }
            if (row >= maxRows) {
                throw new ExtractionException(Reason.TOO_LARGE, fileName, maxRows + " rows");
            }
            col = 0;
            ensure(row, 0);
        }

        private boolean isBlank(int r) {
            for (String v : grid.get(r)) {
                if (v != null && !v.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        void startCell(int colspan, int rowspan) {
            if (row < 0) {
                startRow();
            }
            while (isFilled(row, col)) {
                col++;
            }
            pendingColspan = colspan;
            pendingRowspan = rowspan;
        }

        void endCell(String text) {
            if (row < 0) {
                startRow();
            }
            for (int r = row; r < row + Math.max(1, pendingRowspan); r++) {
                for (int c = col; c < col + Math.max(1, pendingColspan); c++) {
                    ensure(r, c);
                    grid.get(r)[c] = text;
                    filled.get(r)[c] = true;
                }
            }
            col += Math.max(1, pendingColspan);
            pendingColspan = 1;
            pendingRowspan = 1;
        }

        private boolean isFilled(int r, int c) {
            return r < filled.size() && c < filled.get(r).length && filled.get(r)[c];
        }

        private void ensure(int r, int c) {
            while (grid.size() <= r) {
                grid.add(new String[0]);
                filled.add(new boolean[0]);
            }
            if (grid.get(r).length <= c) {
                grid.set(r, java.util.Arrays.copyOf(grid.get(r), c + 1));
                filled.set(r, java.util.Arrays.copyOf(filled.get(r), c + 1));
            }
        }

        RawTable build(String description) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] r : grid) {
                rows.add(java.util.Arrays.asList(r.clone()));
            }
            return new RawTable(description, rows, null);
        }
    }
}
