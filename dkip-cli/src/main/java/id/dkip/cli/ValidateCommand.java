package id.dkip.cli;

import id.dkip.core.documents.export.RegisterJson;
import id.dkip.core.extraction.MatrixImport;
import id.dkip.core.extraction.RowReport;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code validate FILE}: checks every entry of a register (JSON) or of a unit's matrix (DOCX, XLSX, ...) against the
 * legal rules and prints every finding as JSON. Exit 1 when there is any finding or unreadable row.
 */
@Command(name = "validate",
        description = {"Memeriksa register (JSON) atau matriks (DOCX, XLSX, ODT, ODS, CSV, PDF) terhadap aturan UU KIP; mencetak semua temuan.",
                "Check a register (JSON) or a matrix (DOCX, XLSX, ODT, ODS, CSV, PDF) against the UU KIP rules; print every finding."})
final class ValidateCommand extends FileCommand {

    @Override
    int process(Messages msg, PrintWriter err) throws IOException {
        List<DkipEntry> entries;
        List<RowReport> rowProblems = List.of();
        Map<DkipEntry, Integer> rowOf = new IdentityHashMap<>();
        if (InputFiles.isJson(file)) {
            entries = RegisterJson.read(file).entries();
            for (int i = 0; i < entries.size(); i++) {
                rowOf.put(entries.get(i), i + 1);
            }
        } else {
            MatrixImport imported = MatrixReading.read(file);
            entries = new ArrayList<>();
            for (RowReport row : imported.rows()) {
                if (row.entry() != null) {
                    entries.add(row.entry());
                    rowOf.put(row.entry(), row.sourceRow());
                }
            }
            rowProblems = imported.rowsWithProblems();
        }
        EntryValidator validator = EntryValidator.standard();
        List<Map<String, Object>> findings = new ArrayList<>();
        int errors = 0;
        for (DkipEntry entry : entries) {
            for (Finding f : validator.validate(entry)) {
                findings.add(FindingJson.finding(f, rowOf.get(entry), msg.locale()));
                errors += f.severity() == Finding.Severity.ERROR ? 1 : 0;
            }
        }
        // Findings about the register as a whole (the same information twice in a unit) name no single row.
        for (Finding f : validator.registerFindings(entries)) {
            findings.add(FindingJson.finding(f, null, msg.locale()));
            errors += f.severity() == Finding.Severity.ERROR ? 1 : 0;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("entries", entries.size());
        out.put("errors", errors);
        out.put("warnings", findings.size() - errors);
        out.put("findings", findings);
        out.put("rowProblems", FindingJson.rows(rowProblems, msg.locale()));
        JsonOut.print(out);
        err.println(msg.get("summary.validate", entries.size(), errors, findings.size() - errors, rowProblems.size()));
        return findings.isEmpty() && rowProblems.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
