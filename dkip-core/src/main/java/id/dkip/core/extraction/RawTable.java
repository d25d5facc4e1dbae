package id.dkip.core.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as read from a document, merged cells already expanded (a cell spanning columns or rows has its text
 * in every position it covers), so row {@code r} column {@code c} is always {@code cells.get(r).get(c)}.
 *
 * @param description where it was found, for messages ("tabel 2", "sheet Matriks", "halaman 1-3")
 * @param cells       rows of cell texts, all of the same width, never null (blank for an empty cell)
 * @param rowNumbers  for each row, its 1-based number in the source (spreadsheet row, table row, PDF line)
 */
public record RawTable(String description, List<List<String>> cells, List<Integer> rowNumbers) {

    public RawTable {
        int width = cells.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> square = new ArrayList<>(cells.size());
        for (List<String> row : cells) {
            List<String> r = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                String v = i < row.size() ? row.get(i) : null;
                r.add(v == null ? "" : v.strip());
            }
            square.add(List.copyOf(r));
        }
        cells = List.copyOf(square);
        if (rowNumbers == null) {
            List<Integer> n = new ArrayList<>();
            for (int i = 1; i <= cells.size(); i++) {
                n.add(i);
            }
            rowNumbers = n;
        }
        rowNumbers = List.copyOf(rowNumbers);
    }

    public int width() {
        return cells.isEmpty() ? 0 : cells.get(0).size();
    }

    public int height() {
        return cells.size();
    }

    public String cell(int row, int col) {
        return cells.get(row).get(col);
    }
}
