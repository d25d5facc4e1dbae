package id.dkip.core.extraction;

import id.dkip.core.register.DkipEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of importing a matrix: the entries, a report per row, and how the table was understood.
 *
 * @param fileName  the file's name
 * @param mediaType the type detected from the content
 * @param table     which table was taken ("tabel 2", "sheet Matriks", "PDF")
 * @param columns   meaning to header label, for every header mapped
 * @param unmapped  header labels no meaning was found for (kept in each entry's {@code original})
 * @param rows      every data row, in order, with its problems
 * @param notices   document-level remarks as "message key|argument": extension/content mismatch, continuation
 *                  tables merged in; {@link #noticeMessages(java.util.Locale)} renders them
 */
public record MatrixImport(String fileName, String mediaType, String table, Map<MatrixColumn, String> columns,
                           List<String> unmapped, List<RowReport> rows, List<String> notices) {

    public MatrixImport {
        columns = Map.copyOf(columns);
        unmapped = List.copyOf(unmapped);
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
    }

    /** The entries read, in row order (skipped rows left out). */
    public List<DkipEntry> entries() {
        return rows.stream().map(RowReport::entry).filter(Objects::nonNull).toList();
    }

    /** The notices in the given language (Indonesian: {@code Locale.forLanguageTag("id")}, or English). */
    public List<String> noticeMessages(java.util.Locale locale) {
        return notices.stream().map(n -> {
            int bar = n.indexOf('|');
            return bar < 0 ? ExtractionException.Messages.format(locale, n)
                    : ExtractionException.Messages.format(locale, n.substring(0, bar), n.substring(bar + 1));
        }).toList();
    }

    /** Rows with at least one problem. */
    public List<RowReport> rowsWithProblems() {
        return rows.stream().filter(r -> !r.problems().isEmpty()).toList();
    }
}
