package id.dkip.cli;

import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.PersonalDataScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code scan FILE}: looks for personal data (NIK, KK, NPWP, BPJS, phone, e-mail, bank accounts, health data) and
 * prints each finding with the Pasal 17 ground it suggests. Suggestions only: a person decides. Exit 1 when
 * anything was found.
 */
@Command(name = "scan",
        description = {"Memindai data pribadi dalam dokumen; saran dasar Pasal 17 (keputusan tetap pada petugas).",
                "Scan a document for personal data; suggests Pasal 17 grounds (an officer decides)."})
final class ScanCommand extends FileCommand {

    @Override
    int process(Messages msg, PrintWriter err) throws IOException {
        PersonalDataScanner.ScanReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new PersonalDataScanner(ExtractionLimits.defaults()).scan(in, file.getFileName().toString());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", report.fileName());
        out.put("mediaType", report.mediaType());
        out.put("characters", report.characters());
        out.put("paragraphs", report.paragraphs());
        out.put("suggestedGrounds", report.suggestedGrounds());
        out.put("findings", report.findings().stream().map(f -> FindingJson.personalData(f, msg.locale())).toList());
        JsonOut.print(out);
        err.println(msg.get("summary.scan", report.findings().size()));
        return report.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
