package id.dkip.core.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Rebuilds a table from the positioned text of a text-based PDF (PDFBox). What it can do, honestly:
 * <ul>
 *   <li>columns are found by clustering the left edges of text segments (left-aligned cell text, as Word and
 *       Excel print it); a header cell spanning several columns is given to every column it covers;</li>
 *   <li>rows start where the number column ("No") holds a number; without such a column, where the leftmost
 *       column has text; wrapped lines of a cell are joined to their row; headers repeated on later pages are
 *       dropped;</li>
 *   <li>it cannot read scanned PDFs (no text), tables whose cells are not left-aligned in columns, or rows
 *       without any number or first-column text; such PDFs give "no matrix found" or row problems.</li>
 * </ul>
 */
final class PdfTableReader {
    private static final float LINE_TOLERANCE = 2.0f;
    private static final float COLUMN_TOLERANCE = 4.0f;

    private final ExtractionLimits limits;

    PdfTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    record Word(int page, float x0, float x1, float y, float height, float space, String text) {
    }

    record Segment(int page, float x0, float x1, float y, float height, String text) {
        float center() {
            return (x0 + x1) / 2;
        }
    }

    record Line(int page, float y, float height, List<Segment> segments) {
    }

    List<RawTable> read(DocumentGuard.Document doc) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(doc.bytes())) {
            Stripper stripper = new Stripper(words);
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
        }
        List<Line> lines = lines(words);
        if (lines.size() > limits.maxRows() * 4) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, doc.fileName(), limits.maxRows() + " rows");
        }
        RawTable table = table(lines);
        return table == null ? List.of() : List.of(table);
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<Word> words;

        Stripper(List<Word> words) {
            this.words = words;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            // split at wide gaps even inside what PDFBox calls one word
            int start = 0;
            for (int i = 1; i <= positions.size(); i++) {
                boolean end = i == positions.size();
                if (!end) {
                    TextPosition prev = positions.get(i - 1);
                    TextPosition cur = positions.get(i);
                    float gap = cur.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    end = gap > Math.max(1.5f * space(prev), 3f) || Math.abs(cur.getYDirAdj() - prev.getYDirAdj()) > LINE_TOLERANCE;
                }
                if (end) {
                    add(positions.subList(start, i));
                    start = i;
                }
            }
        }

        private void add(List<TextPosition> ps) {
            StringBuilder sb = new StringBuilder();
            ps.forEach(p -> sb.append(p.getUnicode()));
            String t = sb.toString().strip();
            if (t.isEmpty()) {
                return;
            }
            TextPosition first = ps.get(0);
            TextPosition last = ps.get(ps.size() - 1);
            words.add(new Word(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), first.getHeightDir(), space(first), t));
        }

        private static float space(TextPosition p) {
            float s = p.getWidthOfSpace();
            return Float.isNaN(s) || s <= 0 ? p.getFontSizeInPt() * 0.28f : s;
        }
    }

    /** Words on the same baseline become a line; close words become one segment (a cell's text on that line). */
    static List<Line> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(Word::page).thenComparing(Word::y).thenComparing(Word::x0));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : sorted) {
            if (!current.isEmpty() && (current.get(0).page() != w.page() || Math.abs(current.get(0).y() - w.y()) > LINE_TOLERANCE)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        words.sort(Comparator.comparing(Word::x0));
        List<Segment> segments = new ArrayList<>();
        Word first = words.get(0);
        float x0 = first.x0();
        float x1 = first.x1();
        StringBuilder text = new StringBuilder(first.text());
        float height = first.height();
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            float gap = w.x0() - x1;
            if (gap > Math.max(1.5f * w.space(), 3f)) {
                segments.add(new Segment(first.page(), x0, x1, first.y(), height, text.toString()));
                x0 = w.x0();
                text = new StringBuilder(w.text());
            } else {
                text.append(gap > 0.2f * w.space() ? " " : "").append(w.text());
            }
            x1 = Math.max(x1, w.x1());
            height = Math.max(height, w.height());
        }
        segments.add(new Segment(first.page(), x0, x1, first.y(), height, text.toString()));
        return new Line(first.page(), first.y(), height, segments);
    }

    /** Columns from left edges, then rows, then the header block above the first row. */
    static RawTable table(List<Line> lines) {
        List<Line> multi = lines.stream().filter(l -> l.segments().size() >= 2).toList();
        if (multi.size() < 2) {
            return null;
        }
        List<Float> starts = columnStarts(multi);
        if (starts.size() < 2) {
            return null;
        }
        int numberColumn = numberColumn(lines, starts);
        // first data line: the first line whose number column holds a number (or the first multi-segment line)
        int firstData = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isRowStart(lines.get(i), starts, numberColumn)) {
                firstData = i;
                break;
            }
        }
        if (firstData < 0) {
            return null;
        }
        // columns from the data lines only: centred header words must not make columns of their own
        List<Line> dataLines = lines.subList(firstData, lines.size()).stream().filter(l -> l.segments().size() >= 2).toList();
        List<Float> dataStarts = dataLines.size() >= 2 ? columnStarts(dataLines) : starts;
        if (dataStarts.size() >= 2 && !dataStarts.equals(starts)) {
            starts = dataStarts;
            numberColumn = numberColumn(lines.subList(firstData, lines.size()), starts);
        }
        // header block: lines right above the first data line, stopping at a wide vertical gap; single texts above the
        // topmost line of several cells are the title ("RANCANGAN DAFTAR ...", "Keadaan per ..."), not header labels
        int headerStart = firstData;
        float typical = typicalSpacing(lines);
        while (headerStart > 0) {
            Line above = lines.get(headerStart - 1);
            Line below = lines.get(headerStart);
            if (above.page() != below.page() || below.y() - above.y() > 2.6f * typical) {
                break;
            }
            headerStart--;
        }
        for (int i = headerStart; i < firstData; i++) {
            if (lines.get(i).segments().size() >= 2) {
                headerStart = i;
                break;
            }
        }
        int width = starts.size();
        String[] header = new String[width];
        java.util.Arrays.fill(header, "");
        for (int i = headerStart; i < firstData; i++) {
            for (Segment s : lines.get(i).segments()) {
                for (int c : headerColumns(s, starts)) {
                    header[c] = (header[c] + " " + s.text()).strip();
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        rows.add(java.util.Arrays.asList(header));
        numbers.add(firstData + 1);
        String[] row = null;
        int lastPage = lines.get(firstData).page();
        boolean skippingHeader = false;
        for (int i = firstData; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != lastPage) {
                lastPage = line.page();
                skippingHeader = true;
            }
            boolean start = isRowStart(line, starts, numberColumn);
            if (skippingHeader && !start) {
                if (isHeaderRepeat(line, header) || row == null) {
                    continue;
                }
            }
            if (start) {
                skippingHeader = false;
                row = new String[width];
                java.util.Arrays.fill(row, "");
                rows.add(java.util.Arrays.asList(row));
                numbers.add(i + 1);
            }
            if (row == null) {
                continue;
            }
            for (Segment s : line.segments()) {
                int c = column(s.x0(), starts);
                row[c] = row[c].isEmpty() ? s.text() : row[c] + joiner(row[c]) + s.text();
            }
        }
        return new RawTable("PDF", rows, numbers);
    }

    private static String joiner(String before) {
        return before.endsWith("-") ? "" : " ";
    }

    private static boolean isHeaderRepeat(Line line, String[] header) {
        String all = String.join(" ", header).toLowerCase(java.util.Locale.ROOT);
        return line.segments().stream().allMatch(s -> all.contains(s.text().toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean isRowStart(Line line, List<Float> starts, int numberColumn) {
        if (line.segments().size() < 2 && numberColumn < 0) {
            return false;
        }
        for (Segment s : line.segments()) {
            int c = column(s.x0(), starts);
            if (numberColumn >= 0) {
                if (c == numberColumn && s.text().matches("\\d{1,5}[.)]?")) {
                    return true;
                }
            } else if (c == 0) {
                return line.segments().size() >= 2;
            }
        }
        return false;
    }

    /** The column most of whose segments are small integers, if any. */
    private static int numberColumn(List<Line> lines, List<Float> starts) {
        int[] numeric = new int[starts.size()];
        int[] total = new int[starts.size()];
        for (Line l : lines) {
            for (Segment s : l.segments()) {
                int c = column(s.x0(), starts);
                total[c]++;
                if (s.text().matches("\\d{1,5}[.)]?")) {
                    numeric[c]++;
                }
            }
        }
        int best = -1;
        for (int c = 0; c < starts.size(); c++) {
            if (numeric[c] >= 2 && numeric[c] * 2 >= total[c] && (best < 0 || numeric[c] > numeric[best])) {
                best = c;
            }
        }
        return best;
    }

    private static List<Float> columnStarts(List<Line> lines) {
        List<Float> xs = new ArrayList<>();
        lines.forEach(l -> l.segments().forEach(s -> xs.add(s.x0())));
        xs.sort(Float::compare);
        List<float[]> clusters = new ArrayList<>(); // {sum, count, min}
        for (float x : xs) {
            float[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && x - last[2] <= COLUMN_TOLERANCE) {
                last[0] += x;
                last[1]++;
            } else {
                clusters.add(new float[] {x, 1, x});
            }
        }
        int min = Math.max(2, lines.size() / 10);
        List<Float> starts = new ArrayList<>();
        for (float[] c : clusters) {
            if (c[1] >= min) {
                starts.add(c[2]);
            }
        }
        return starts;
    }

    static int column(float x, List<Float> starts) {
        int c = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (x + COLUMN_TOLERANCE >= starts.get(i)) {
                c = i;
            }
        }
        return c;
    }

    private static List<Integer> headerColumns(Segment s, List<Float> starts) {
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            float from = starts.get(i) - COLUMN_TOLERANCE;
            float to = i + 1 < starts.size() ? starts.get(i + 1) - COLUMN_TOLERANCE : Float.MAX_VALUE;
            float overlap = Math.min(to, s.x1()) - Math.max(from, s.x0());
            float colWidth = to - from;
            if (overlap > 0 && (overlap >= 0.5f * Math.min(s.x1() - s.x0(), colWidth) || (s.x0() <= from && s.x1() >= to))) {
                cols.add(i);
            }
        }
        if (cols.isEmpty()) {
            cols.add(column(s.center(), starts));
        }
        return cols;
    }

    private static float typicalSpacing(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                float g = lines.get(i).y() - lines.get(i - 1).y();
                if (g > 0) {
                    gaps.add(g);
                }
            }
        }
        if (gaps.isEmpty()) {
            return 12f;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }
}
