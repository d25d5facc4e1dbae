package id.dkip.core.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rows of a matrix that group entries rather than being entries, recognised by structure and content:
 * <ul>
 *   <li>a row merged across the table ("A. SEKRETARIAT", "Informasi yang berkaitan dengan kepegawaian"): one text in
 *       every column but the number;</li>
 *   <li>a numbered heading with nothing in the legal columns ("1 | Dokumen / berkas PNS" followed by "a. ...",
 *       "b. ..." sub-rows; "A | Informasi yang berkaitan dengan ...").</li>
 * </ul>
 * A group naming a unit (Sekretariat, Bidang ..., Puskesmas ...) gives the unit of the rows below it; any other group
 * is context: kept in each entry's original words under {@value #ORIGINAL_KEY}, and put before the information of
 * lettered sub-rows ("Dokumen / berkas PNS: SK pangkat"), which mean nothing on their own.
 */
final class GroupRows {

    static final String ORIGINAL_KEY = "Kelompok";

    private static final List<MatrixColumn> LEGAL = List.of(MatrixColumn.LEGAL_BASIS, MatrixColumn.PERIOD,
            MatrixColumn.CONSEQUENCE_OPENED, MatrixColumn.BENEFIT_CLOSED, MatrixColumn.PUBLIC_INTEREST);
    /** "A", "B.", "I", "IV." (a category) or "1", "2." (a numbered item). */
    private static final Pattern TOP_NUMBER = Pattern.compile("^(?:[A-Z]|[IVX]{1,5}|\\d{1,3})[.)]?$");
    /** "a", "a.", "a)", "1)", "-", bullets: a sub-row of the group above. */
    private static final Pattern SUB_MARKER = Pattern.compile("^(?:[a-z][.)]?|\\d{1,2}\\)|\\d{1,3}\\.[a-z][.)]?|[-\u2022\u2013*])$");
    private static final Pattern SUB_PREFIX = Pattern.compile("^(?:[a-z][.)]|\\d{1,2}\\)|[-\u2022\u2013*])\\s+\\S");
    private static final Pattern UNIT_WORDS = Pattern.compile(
            "\\b(?:sekretariat|bidang|bagian|sub\\s?bagian|subbag|seksi|dinas|badan|kantor|uptd?|puskesmas|biro|direktorat|"
                    + "fakultas|lembaga|inspektorat|kecamatan|kelurahan|rumah sakit|rsud|unit kerja|satuan kerja)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param text the group's words
     * @param unit true when the group names a unit
     * @param item true for a numbered item ("1 | Dokumen / berkas PNS") whose lettered sub-rows continue its words
     */
    record Group(String text, boolean unit, boolean item) {
    }

    private GroupRows() {
    }

    /** The group row {@code r} of {@code table} is, or null when it is a data row. */
    static Group group(List<String> cells, Map<MatrixColumn, Integer> cols, RawTable table, int r) {
        Integer numberCol = cols.get(MatrixColumn.NUMBER);
        String number = numberCol == null ? "" : cells.get(numberCol).strip();
        List<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c).strip();
            if (!v.isEmpty() && (numberCol == null || c != numberCol) && !texts.contains(v)) {
                texts.add(v);
            }
        }
        long filled = cells.stream().filter(v -> !v.isBlank()).count();
        // merged across the table: one text everywhere but the number
        if (texts.size() == 1 && table.width() >= 3 && filled >= Math.min(3, table.width())) {
            boolean item = r + 1 < table.height() && isSubRow(table.cells().get(r + 1), cols);
            return new Group(texts.get(0), UNIT_WORDS.matcher(texts.get(0)).find() && !startsAsInformation(texts.get(0)) && !item, item);
        }
        Integer infoCol = cols.get(MatrixColumn.INFORMATION);
        if (infoCol == null) {
            return null;
        }
        String info = cells.get(infoCol).strip();
        boolean legalBlank = LEGAL.stream().map(cols::get).filter(java.util.Objects::nonNull)
                .allMatch(c -> cells.get(c).isBlank());
        if (info.isEmpty() || !legalBlank || LEGAL.stream().noneMatch(cols::containsKey)) {
            return null;
        }
        // a heading with no legal columns: a category letter, a colon, "Informasi yang berkaitan ...", or sub-rows below
        boolean category = !number.isEmpty() && Character.isUpperCase(number.charAt(0)) && TOP_NUMBER.matcher(number).matches();
        boolean heading = info.endsWith(":") || startsAsInformation(info);
        boolean subRowsFollow = r + 1 < table.height() && isSubRow(table.cells().get(r + 1), cols);
        if (category || heading || subRowsFollow) {
            boolean unit = UNIT_WORDS.matcher(info).find() && !startsAsInformation(info) && !subRowsFollow;
            return new Group(info.replaceAll(":$", "").strip(), unit, subRowsFollow);
        }
        return null;
    }

    private static boolean startsAsInformation(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("informasi yang berkaitan") || t.startsWith("informasi terkait") || t.startsWith("informasi mengenai")
                || t.startsWith("informasi tentang") || t.startsWith("kelompok informasi");
    }

    /** A lettered or bulleted row ("a. ...", "b | ..."): a sub-row of a numbered item. */
    static boolean isSubRow(List<String> cells, Map<MatrixColumn, Integer> cols) {
        Integer numberCol = cols.get(MatrixColumn.NUMBER);
        Integer infoCol = cols.get(MatrixColumn.INFORMATION);
        if (infoCol == null) {
            return false;
        }
        String number = numberCol == null ? "" : cells.get(numberCol).strip();
        String info = cells.get(infoCol).strip();
        return (!number.isEmpty() && SUB_MARKER.matcher(number).matches())
                || (number.isEmpty() && SUB_PREFIX.matcher(info).find());
    }

    /** The information of a row under {@code group}: a lettered sub-row of a numbered item gets the item's words. */
    static String withContext(Group group, String number, String information) {
        if (!group.item()) {
            return information;
        }
        String n = number == null ? "" : number.strip();
        String info = information;
        boolean sub = SUB_MARKER.matcher(n).matches() || SUB_PREFIX.matcher(info).find();
        if (!sub) {
            return information;
        }
        info = info.replaceFirst("^(?:[a-z][.)]|\\d{1,2}\\)|[-\u2022\u2013*])\\s+", "");
        return group.text() + ": " + info;
    }
}
