package id.dkip.core.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps header cells to {@link MatrixColumn}s by meaning, and finds which table of a document is the matrix and
 * where its header is (one or two rows, possibly under a title row, possibly followed by a "(1) (2) (3)" row).
 */
public final class HeaderMapper {
    static final double THRESHOLD = 0.72;

    /** The header of a table as found: where it is and what each column means. */
    public record Header(int firstRow, int rowCount, boolean numberingRow, List<String> labels,
                         Map<MatrixColumn, Integer> columns, double score) {

        public int firstDataRow() {
            return firstRow + rowCount + (numberingRow ? 1 : 0);
        }

        /** A table is a matrix when it has the information column and at least two of the legal columns. */
        public boolean isMatrix() {
            if (!columns.containsKey(MatrixColumn.INFORMATION)) {
                return false;
            }
            int legal = 0;
            for (MatrixColumn c : List.of(MatrixColumn.LEGAL_BASIS, MatrixColumn.PERIOD, MatrixColumn.CONSEQUENCE_OPENED,
                    MatrixColumn.BENEFIT_CLOSED, MatrixColumn.PUBLIC_INTEREST)) {
                if (columns.containsKey(c)) {
                    legal++;
                }
            }
            return legal >= 2;
        }
    }

    /**
     * The best header of {@code table}, trying header blocks of one to three rows among its first rows. A block never
     * contains a data row ({@link #isDataRow}): a number in the first cell or a statute or period in a cell ends the
     * header. Columns whose label says nothing known are then recognised by their content ({@link #byContent}).
     */
    public Header findHeader(RawTable table) {
        Header best = null;
        int maxStart = Math.min(6, table.height() - 1);
        for (int start = 0; start <= Math.max(0, maxStart); start++) {
            for (int count = 1; count <= 3 && start + count <= table.height(); count++) {
                if (isDataRow(table.cells().get(start + count - 1))) {
                    break; // a data row is never part of a header
                }
                List<String> labels = labels(table, start, count);
                Map<MatrixColumn, Integer> columns = new EnumMap<>(MatrixColumn.class);
                double score = assign(labels, columns);
                boolean numbering = start + count < table.height() && isNumberingRow(table.cells().get(start + count));
                Header h = new Header(start, count, numbering, labels, columns, score);
                // prefer more mapped columns, then a better score, then fewer header rows
                if (best == null || columns.size() > best.columns().size()
                        || (columns.size() == best.columns().size() && score > best.score() + 1e-9)) {
                    best = h;
                }
            }
        }
        return best == null ? null : byContent(table, best);
    }

    /** "1", "12.", "a.": the number of an entry (or of a group of entries) in the first cell. */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d{1,4}|[a-z]|[ivx]{1,5})[.)]?$", Pattern.CASE_INSENSITIVE);
    /** A statute cited with its number and year, or a Pasal with its position: data, not a header label. */
    static final Pattern CITATION = Pattern.compile(
            "\\b(?:pasal|psl|ps)\\.?\\s*\\d+\\s*(?:huruf|hrf|ayat|angka|\\(|[a-j]\\b)|\\b(?:uu|undang[-\\s]?undang|pp|perpres|permen[a-z]*|perda|perki|pergub|perbup|perwal)\\.?\\s*(?:(?:no|nomor)\\.?\\s*)?\\d+\\s*(?:/|tahun\\s)\\s*\\d{4}|\\bpasal\\s*17\\b|\\buu\\s+kip\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_CELL = Pattern.compile("^\\d{1,3}\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:tahun|bulan)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A citation only data holds: a statute with number and year, or a Pasal with its position ("Pasal 17 huruf h").
     * A header may say "Dasar UU KIP Pasal 17"; that is no data.
     */
    private static final Pattern DATA_CITATION = Pattern.compile(
            "\\b(?:pasal|psl|ps)\\.?\\s*\\d+\\s*(?:huruf|hrf|ayat|angka|\\(|[a-j]\\b)|\\b(?:uu|undang[-\\s]?undang|pp|perpres|permen[a-z]*|perda|perki|pergub|perbup|perwal)\\.?\\s*(?:(?:no|nomor)\\.?\\s*)?\\d+\\s*(?:/|tahun\\s)\\s*\\d{4}",
            Pattern.CASE_INSENSITIVE);
    /** A cell that reads as a period: "20 Tahun", "6 bulan", "permanen", "sampai ...", "selama ...". */
    private static final Pattern PERIOD_LIKE = Pattern.compile(
            "^(?:(?:\\d{1,3}|[a-z]+(?:\\s+puluh)?(?:\\s+[a-z]+)?)\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:tahun|thn|bulan)\\b|(?:terbatas\\s+|dibuka\\s+|dikecualikan\\s+)?(?:sampai|hingga|selama|s\\.?\\s?d\\.?|permanen|tidak\\s+terbatas|apabila|atas\\s+persetujuan|setelah))",
            Pattern.CASE_INSENSITIVE);

    /**
     * A data row, never a header row: a row number in the first cell with text beside it, or a statute citation, or
     * a duration in a cell. A numbering row "(1) (2) (3)" is neither.
     */
    static boolean isDataRow(List<String> row) {
        if (isNumberingRow(row)) {
            return false;
        }
        List<String> values = row.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() >= 2 && ROW_NUMBER.matcher(values.get(0)).matches() && values.get(0).chars().anyMatch(Character::isDigit)) {
            return true;
        }
        for (String v : values) {
            String head = v.length() > 300 ? v.substring(0, 300) : v;
            if (DATA_CITATION.matcher(head).find()) {
                return true;
            }
            if (v.length() < 60 && DURATION_CELL.matcher(head).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Columns recognised by what their cells hold, for headers a map cannot know ("Pertimbangan sesuai indikator
     * konsekuensi" over a column of "Pasal 17 huruf h angka 1"): the column where most cells cite a statute is the
     * legal basis, and one where most cells read as periods is the period, unless the labels already say so.
     */
    static Header byContent(RawTable table, Header h) {
        int from = h.firstDataRow();
        int to = Math.min(table.height(), from + 40);
        if (from >= to) {
            return h;
        }
        double[] citing = new double[table.width()];
        double[] periods = new double[table.width()];
        for (int c = 0; c < table.width(); c++) {
            int filled = 0;
            int cites = 0;
            int period = 0;
            for (int r = from; r < to; r++) {
                String v = table.cell(r, c);
                if (v.isBlank()) {
                    continue;
                }
                filled++;
                String head = v.length() > 300 ? v.substring(0, 300) : v;
                if (CITATION.matcher(head).find()) {
                    cites++;
                }
                if (v.length() < 200 && PERIOD_LIKE.matcher(v.strip()).find()) {
                    period++;
                }
            }
            citing[c] = filled < 1 ? 0 : (double) cites / filled;
            periods[c] = filled < 1 ? 0 : (double) period / filled;
        }
        Map<MatrixColumn, Integer> cols = new EnumMap<>(h.columns());
        Integer basis = cols.get(MatrixColumn.LEGAL_BASIS);
        int best = argmax(citing);
        if (best >= 0 && citing[best] >= 0.5 && (basis == null || (basis != best && citing[basis] < 0.3))
                && !Integer.valueOf(best).equals(cols.get(MatrixColumn.INFORMATION))) {
            cols.values().removeIf(c -> c == best);
            cols.put(MatrixColumn.LEGAL_BASIS, best);
        }
        if (!cols.containsKey(MatrixColumn.PERIOD)) {
            int p = argmax(periods);
            if (p >= 0 && periods[p] >= 0.5 && !cols.containsValue(p)) {
                cols.put(MatrixColumn.PERIOD, p);
            }
        }
        return cols.equals(h.columns()) ? h
                : new Header(h.firstRow(), h.rowCount(), h.numberingRow(), h.labels(), cols, h.score());
    }

    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Column labels of a header block: the distinct texts of its rows, top to bottom, joined by ": ". */
    static List<String> labels(RawTable table, int start, int count) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < table.width(); c++) {
            List<String> parts = new ArrayList<>();
            for (int r = start; r < start + count; r++) {
                String v = table.cell(r, c).replaceAll("\\s+", " ").strip();
                if (!v.isEmpty() && !parts.contains(v)) {
                    parts.add(v);
                }
            }
            labels.add(String.join(": ", parts));
        }
        return labels;
    }

    /** Greedy assignment of the best-scoring (column, meaning) pairs above the threshold; returns the total score. */
    static double assign(List<String> labels, Map<MatrixColumn, Integer> out) {
        record Pair(int col, MatrixColumn meaning, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            String label = normalise(labels.get(c));
            if (label.isEmpty() || label.length() > 120) {
                continue;
            }
            for (MatrixColumn m : MatrixColumn.values()) {
                double s = score(label, m);
                if (s >= THRESHOLD) {
                    pairs.add(new Pair(c, m, s));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        boolean[] used = new boolean[labels.size()];
        double total = 0;
        for (Pair p : pairs) {
            if (!used[p.col()] && !out.containsKey(p.meaning())) {
                used[p.col()] = true;
                out.put(p.meaning(), p.col());
                total += p.score();
            }
        }
        return total;
    }

    /** How well a normalised header label means {@code m}: 1 exact, ~0.9 contains a synonym, fuzzy below. */
    static double score(String label, MatrixColumn m) {
        // the opened/closed distinction decides consequence columns whatever else the label says
        boolean opened = containsWord(label, "dibuka") || containsWord(label, "terbuka");
        boolean closed = containsWord(label, "ditutup") || containsWord(label, "tertutup");
        if (m == MatrixColumn.CONSEQUENCE_OPENED && closed && !opened) {
            return 0;
        }
        if (m == MatrixColumn.BENEFIT_CLOSED && opened && !closed) {
            return 0;
        }
        if (m == MatrixColumn.CONSEQUENCE_OPENED && opened && !closed) {
            return 0.97;
        }
        if (m == MatrixColumn.BENEFIT_CLOSED && closed && !opened) {
            return 0.97;
        }
        double best = 0;
        for (String syn : m.synonyms()) {
            double s;
            if (label.equals(syn)) {
                s = 1.0;
            } else if (containsPhrase(label, syn)) {
                // longer synonyms contained in the label say more; very short ones ("no") only as whole label start
                s = syn.length() <= 3 ? (label.startsWith(syn + " ") && label.length() < 12 ? 0.8 : 0) : 0.85 + Math.min(0.1, syn.length() / 200.0);
            } else {
                s = fuzzy(label, syn);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private static boolean containsWord(String label, String word) {
        return (" " + label + " ").contains(" " + word + " ");
    }

    private static boolean containsPhrase(String label, String phrase) {
        return (" " + label + " ").contains(" " + phrase + " ");
    }

    /** Word-by-word similarity (edit distance), so "Informasih" or "Dasar Hkum" still map. */
    static double fuzzy(String label, String synonym) {
        String[] a = label.split(" ");
        String[] b = synonym.split(" ");
        if (a.length > b.length + 2 || b.length > a.length) {
            return 0;
        }
        double sum = 0;
        for (String sw : b) {
            double bestWord = 0;
            for (String lw : a) {
                int d = levenshtein(lw, sw);
                int len = Math.max(lw.length(), sw.length());
                double sim = len == 0 ? 1 : 1.0 - (double) d / len;
                bestWord = Math.max(bestWord, sim);
            }
            sum += bestWord;
        }
        double sim = sum / b.length;
        // penalise extra words in the label
        sim *= (double) b.length / Math.max(b.length, a.length);
        return sim >= 0.8 ? sim * 0.9 : 0;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
        // "bila"/"apabila"/"jika" and "yang" vary freely between agencies
        return n.replaceAll("\\s+", " ");
    }

    /** "(1) (2) (3)", "1 2 3 4" under a header: column numbers, not data. */
    static boolean isNumberingRow(List<String> row) {
        List<String> values = row.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() < 3) {
            return false;
        }
        int expected = 0;
        for (String v : values) {
            String digits = v.replaceAll("[()\\s.]", "");
            if (!digits.matches("\\d{1,2}")) {
                return false;
            }
            int n = Integer.parseInt(digits);
            if (expected != 0 && n != expected + 1 && n != expected) {
                return false;
            }
            expected = n;
        }
        return true;
    }

    /** Labels by column for the "original" map of entries: label (or "kolom N") to column index. */
    static Map<String, Integer> originalKeys(List<String> labels) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            String k = labels.get(c).isBlank() ? "kolom " + (c + 1) : labels.get(c);
            while (keys.containsKey(k)) {
                k = k + " (" + (c + 1) + ")";
            }
            keys.put(k, c);
        }
        return keys;
    }

    static String describe(Map<MatrixColumn, Integer> columns) {
        return Arrays.toString(columns.keySet().toArray());
    }
}
