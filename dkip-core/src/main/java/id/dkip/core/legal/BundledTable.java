package id.dkip.core.legal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file shipped on the classpath (the Pasal 17 catalogue, its keywords): rows with a fixed
 * number of columns, blank lines and {@code #} comments skipped. The data is the project's own, so a bad row is a
 * build defect and fails loudly with the file and line.
 */
final class BundledTable {

    /** One data row: its line number (for messages), the line and its columns. */
    record Row(int lineNo, String line, String[] cols) {
        IllegalStateException bad(String resource) {
            return new IllegalStateException("Bad row in " + resource + " line " + lineNo + ": " + line);
        }
    }

    private BundledTable() {
    }

    /** Every data row of {@code resource}; a row without exactly {@code columns} columns is refused. */
    static List<Row> rows(String resource, String what, int columns) {
        try (InputStream in = BundledTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " missing from the classpath: " + resource);
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(lineNo, line, line.split("\t"));
                if (row.cols().length != columns) {
                    throw row.bad(resource);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
