package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.ParsedLegalBasis;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a unit's classification matrix (DOCX, XLSX/XLS, ODT/ODS, CSV, text-based PDF, or anything Tika renders
 * as XHTML tables) into DKIP entries with status {@link EntryStatus#USULAN}. Finds the table that is a matrix
 * among the document's tables, maps its header by meaning, keeps every original cell beside the parsed legal
 * basis and period, and reports per row what could not be read. Nothing is stored: the caller decides.
 *
 * <p>Thread-safe; one instance serves every request.
 */
public final class MatrixImporter {
    private static final Logger LOG = LoggerFactory.getLogger(MatrixImporter.class);

    private final LegalCellParser legal;
    private final DocumentGuard guard;
    private final TikaReader tika;
    private final HeaderMapper headers = new HeaderMapper();

    public MatrixImporter(LegalCellParser legal, ExtractionLimits limits) {
        this.legal = Objects.requireNonNull(legal, "legal");
        this.guard = new DocumentGuard(Objects.requireNonNull(limits, "limits"));
        this.tika = new TikaReader(guard);
    }

    /** Imports without a default unit (rows keep the unit their own column names, if any). */
    public MatrixImport importMatrix(InputStream in, String fileName) {
        return importMatrix(in, fileName, null);
    }

    /**
     * @param in          the document; closed when read
     * @param fileName    its name (used for messages and as a type hint only: the content decides)
     * @param defaultUnit unit given to rows that name none (may be null)
     * @throws ExtractionException when the document is refused or holds no matrix
     */
    public MatrixImport importMatrix(InputStream in, String fileName, Unit defaultUnit) {
        DocumentGuard.Document doc = guard.admit(in, fileName);
        // every step (reading the tables, the header, every row's legal parsing) under the one time cap
        return guard.timed(doc.fileName(), () -> importAdmitted(doc, defaultUnit));
    }

    private MatrixImport importAdmitted(DocumentGuard.Document doc, Unit defaultUnit) throws Exception {
        List<RawTable> tables = tables(doc);
        List<String> notices = new ArrayList<>();
        if (doc.typeWarning() != null) {
            notices.add("dkip.extraction.notice.type-mismatch|" + doc.typeWarning());
        }
        record Candidate(RawTable table, HeaderMapper.Header header) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (RawTable t : tables) {
            if (t.height() < 1 || t.width() < 2) {
                continue;
            }
            HeaderMapper.Header h = headers.findHeader(t);
            if (h != null && h.isMatrix()) {
                candidates.add(new Candidate(t, h));
            }
        }
        if (candidates.isEmpty()) {
            throw new ExtractionException(Reason.NO_MATRIX, doc.fileName(), Integer.toString(tables.size()));
        }
        Candidate best = candidates.stream()
                .max(Comparator.<Candidate>comparingInt(c -> c.header().columns().size())
                        .thenComparingDouble(c -> c.header().score())
                        .thenComparingInt(c -> c.table().height()))
                .orElseThrow();
        LOG.debug("{}: matrix in {} with columns {}", doc.fileName(), best.table().description(), best.header().columns());

        Map<MatrixColumn, String> mapped = new EnumMap<>(MatrixColumn.class);
        best.header().columns().forEach((m, c) -> mapped.put(m, best.header().labels().get(c)));
        List<String> unmapped = new ArrayList<>();
        for (int c = 0; c < best.header().labels().size(); c++) {
            if (!best.header().columns().containsValue(c) && !best.header().labels().get(c).isBlank()) {
                unmapped.add(best.header().labels().get(c));
            }
        }
        List<RowReport> rows = new ArrayList<>(rows(best.table(), best.header(), defaultUnit));
        // Word splits long tables; a later table with the same header continues the matrix
        for (Candidate c : candidates) {
            if (c != best && c.table().width() == best.table().width()
                    && c.header().columns().equals(best.header().columns())
                    && tables.indexOf(c.table()) > tables.indexOf(best.table())) {
                rows.addAll(rows(c.table(), c.header(), defaultUnit));
                notices.add("dkip.extraction.notice.table-continued|" + c.table().description());
            }
        }
        return new MatrixImport(doc.fileName(), doc.baseType(), best.table().description(), mapped, unmapped, rows, notices);
    }

    /** The tables of a document, by the reader that handles its detected type best. */
    List<RawTable> tables(DocumentGuard.Document doc) throws Exception {
        String type = doc.baseType();
        ExtractionLimits limits = guard.limits();
        List<RawTable> result;
        if (type.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            result = new PoiTableReader(limits).docxTables(doc);
        } else if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                || type.equals("application/vnd.ms-excel")) {
            result = new PoiTableReader(limits).workbookTables(doc);
        } else if (type.equals("text/csv") || type.equals("text/plain") || type.equals("text/tab-separated-values")) {
            result = List.of(new CsvTableReader(limits).read(doc));
        } else if (type.equals("application/pdf")) {
            result = new PdfTableReader(limits).read(doc);
        } else if (type.startsWith("application/vnd.oasis.opendocument") || type.equals("text/html")
                || type.equals("application/msword") || type.equals("application/rtf")
                || type.equals("application/xhtml+xml")) {
            result = tika.parse(doc).tables();
        } else {
            throw new ExtractionException(Reason.UNSUPPORTED_TYPE, doc.fileName(), type);
        }
        int rows = result.stream().mapToInt(RawTable::height).sum();
        if (rows > limits.maxRows()) {
            throw new ExtractionException(Reason.TOO_LARGE, doc.fileName(), limits.maxRows() + " rows");
        }
        return result;
    }

    private List<RowReport> rows(RawTable table, HeaderMapper.Header header, Unit defaultUnit) {
        Map<String, Integer> originalKeys = HeaderMapper.originalKeys(header.labels());
        Map<MatrixColumn, Integer> cols = header.columns();
        List<String> headerRow = header.labels();
        List<RowReport> reports = new ArrayList<>();
        String section = null;
        for (int r = header.firstDataRow(); r < table.height(); r++) {
            List<String> cells = table.cells().get(r);
            int sourceRow = table.rowNumbers().get(r);
            if (cells.stream().allMatch(String::isBlank) || HeaderMapper.isNumberingRow(cells) || isHeaderAgain(cells, table, header)) {
                continue;
            }
            List<String> distinct = cells.stream().filter(v -> !v.isBlank()).distinct().toList();
            if (distinct.size() == 1 && table.width() >= 3 && cells.stream().filter(v -> !v.isBlank()).count() >= Math.min(3, table.width())) {
                section = distinct.get(0); // a merged row naming a unit or a group: "A. SEKRETARIAT"
                continue;
            }
            reports.add(row(cells, sourceRow, cols, originalKeys, headerRow, section, defaultUnit));
        }
        return reports;
    }

    private static boolean isHeaderAgain(List<String> cells, RawTable table, HeaderMapper.Header header) {
        for (int h = header.firstRow(); h < header.firstRow() + header.rowCount(); h++) {
            if (cells.equals(table.cells().get(h))) {
                return true;
            }
        }
        return false;
    }

    private RowReport row(List<String> cells, int sourceRow, Map<MatrixColumn, Integer> cols,
                          Map<String, Integer> originalKeys, List<String> labels, String section, Unit defaultUnit) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, String> original = new LinkedHashMap<>();
        originalKeys.forEach((k, c) -> original.put(k, cells.get(c)));
        String information = cell(cells, cols, MatrixColumn.INFORMATION);
        if (information.isBlank()) {
            problems.add(new RowProblem("INFORMATION_MISSING", label(labels, cols, MatrixColumn.INFORMATION), List.of()));
            return new RowReport(sourceRow, null, problems);
        }
        DkipEntry.Builder b = DkipEntry.builder().information(information).status(EntryStatus.USULAN).original(original);

        String unitName = cell(cells, cols, MatrixColumn.UNIT);
        if (!unitName.isBlank()) {
            b.unitName(unitName);
            if (defaultUnit != null && unitName.equalsIgnoreCase(defaultUnit.name())) {
                b.unitCode(defaultUnit.code());
            }
        } else if (section != null) {
            b.unitName(section);
        } else if (defaultUnit != null) {
            b.unitCode(defaultUnit.code()).unitName(defaultUnit.name()).ppidPembantu(defaultUnit.ppidPembantuGroup());
        }

        if (cols.containsKey(MatrixColumn.LEGAL_BASIS)) {
            String basis = cell(cells, cols, MatrixColumn.LEGAL_BASIS);
            String col = label(labels, cols, MatrixColumn.LEGAL_BASIS);
            if (basis.isBlank()) {
                problems.add(new RowProblem("LEGAL_BASIS_MISSING", col, List.of()));
            } else {
                b.legalBasisText(basis);
                try {
                    ParsedLegalBasis parsed = legal.legalBasis(basis);
                    b.grounds(parsed.grounds()).otherReferences(parsed.otherReferences());
                    for (String u : parsed.unreadable()) {
                        problems.add(new RowProblem("LEGAL_BASIS_UNREADABLE", col, List.of(u)));
                    }
                    if (parsed.grounds().isEmpty()) {
                        problems.add(new RowProblem("NO_GROUND", col, List.of(basis)));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Legal basis parser failed on row {}: {}", sourceRow, e.toString());
                    problems.add(new RowProblem("PARSER_FAILED", col, List.of(basis, String.valueOf(e.getMessage()))));
                }
            }
        }
        if (cols.containsKey(MatrixColumn.PERIOD)) {
            String text = cell(cells, cols, MatrixColumn.PERIOD);
            String col = label(labels, cols, MatrixColumn.PERIOD);
            if (text.isBlank()) {
                problems.add(new RowProblem("PERIOD_MISSING", col, List.of()));
            } else {
                try {
                    ExemptionPeriod period = legal.period(text);
                    b.period(period);
                    if (period == null || period.kind() == ExemptionPeriod.Kind.UNSPECIFIED) {
                        problems.add(new RowProblem("PERIOD_UNREADABLE", col, List.of(text)));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Period parser failed on row {}: {}", sourceRow, e.toString());
                    b.period(ExemptionPeriod.unspecified(text));
                    problems.add(new RowProblem("PARSER_FAILED", col, List.of(text, String.valueOf(e.getMessage()))));
                }
            }
        }
        b.consequenceIfOpened(blankToNull(cell(cells, cols, MatrixColumn.CONSEQUENCE_OPENED)));
        b.benefitIfClosed(blankToNull(cell(cells, cols, MatrixColumn.BENEFIT_CLOSED)));
        b.publicInterest(blankToNull(cell(cells, cols, MatrixColumn.PUBLIC_INTEREST)));
        String level = cell(cells, cols, MatrixColumn.SECURITY_LEVEL);
        if (!level.isBlank()) {
            SecurityLevel.parse(level).ifPresentOrElse(b::securityLevel, () -> problems.add(
                    new RowProblem("SECURITY_LEVEL_UNREADABLE", label(labels, cols, MatrixColumn.SECURITY_LEVEL), List.of(level))));
        }
        return new RowReport(sourceRow, b.build(), problems);
    }

    private static String cell(List<String> cells, Map<MatrixColumn, Integer> cols, MatrixColumn m) {
        Integer c = cols.get(m);
        return c == null ? "" : cells.get(c).strip();
    }

    private static String label(List<String> labels, Map<MatrixColumn, Integer> cols, MatrixColumn m) {
        Integer c = cols.get(m);
        return c == null ? m.name() : labels.get(c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
