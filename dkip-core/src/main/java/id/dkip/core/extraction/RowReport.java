package id.dkip.core.extraction;

import id.dkip.core.register.DkipEntry;
import java.util.List;

/**
 * One data row of an imported matrix.
 *
 * @param sourceRow 1-based row in the source (spreadsheet row, table row, or PDF line)
 * @param entry     the entry read from it (status USULAN), or null when the row was skipped
 * @param problems  what could not be read, and why (empty when everything was read)
 */
public record RowReport(int sourceRow, DkipEntry entry, List<RowProblem> problems) {
    public RowReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean skipped() {
        return entry == null;
    }
}
