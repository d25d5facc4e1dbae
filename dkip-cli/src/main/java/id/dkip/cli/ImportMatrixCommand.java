package id.dkip.cli;

import id.dkip.core.extraction.MatrixImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/**
 * {@code import-matrix FILE}: reads a unit's classification matrix and prints the entries found as JSON, with how
 * the table was understood and every row that could not be read fully (exit 1 when there is any).
 */
@Command(name = "import-matrix",
        description = {"Membaca matriks klasifikasi (DOCX, XLSX, ODT, ODS, CSV, PDF) dan mencetak entrinya sebagai JSON.",
                "Read a classification matrix (DOCX, XLSX, ODT, ODS, CSV, PDF) and print its entries as JSON."})
final class ImportMatrixCommand extends FileCommand {

    @Override
    int process(Messages msg, PrintWriter err) throws IOException {
        MatrixImport result = MatrixReading.read(file);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", result.fileName());
        out.put("mediaType", result.mediaType());
        out.put("table", result.table());
        out.put("columns", new TreeMap<>(result.columns()));
        out.put("unmappedColumns", result.unmapped());
        out.put("notices", result.notices());
        out.put("entries", result.entries());
        out.put("rowProblems", FindingJson.rows(result.rowsWithProblems(), msg.locale()));
        JsonOut.print(out);
        err.println(msg.get("summary.import", result.entries().size(), result.rowsWithProblems().size()));
        return result.rowsWithProblems().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
