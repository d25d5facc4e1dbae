package id.dkip.cli;

import id.dkip.core.extraction.ExtractionException;
import id.dkip.core.extraction.MatrixImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-matrix FILE}: reads a unit's classification matrix and prints the entries found as JSON, with how
 * the table was understood and every row that could not be read fully (exit 1 when there is any).
 */
@Command(name = "import-matrix",
        description = {"Membaca matriks klasifikasi (DOCX, XLSX, ODT, ODS, CSV, PDF) dan mencetak entrinya sebagai JSON.",
                "Read a classification matrix (DOCX, XLSX, ODT, ODS, CSV, PDF) and print its entries as JSON."})
final class ImportMatrixCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
        Messages msg = common.messages();
        PrintWriter err = spec.commandLine().getErr();
        String problem = InputFiles.problem(file, msg);
        if (problem != null) {
            err.println(problem);
            return ExitCode.UNUSABLE;
        }
        MatrixImport result;
        try {
            err.println(msg.get("progress.reading", file));
            result = MatrixReading.read(file);
        } catch (ExtractionException e) {
            err.println(msg.get("error.unreadable", file, e.message(msg.locale())));
            return ExitCode.UNUSABLE;
        }
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
