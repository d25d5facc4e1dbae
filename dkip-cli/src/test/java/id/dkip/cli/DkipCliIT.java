package id.dkip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.dkip.core.extraction.fixtures.HostileFiles;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as a user runs it: {@code java -jar dkip-cli-*-all.jar ...} in a separate process, for every subcommand,
 * with good input, bad usage and unreadable files, checking stdout (JSON), stderr (messages) and exit codes.
 */
class DkipCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path register;

    @BeforeAll
    static void sampleRegister() throws IOException {
        register = dir.resolve("register.json");
        try (InputStream in = DkipCliIT.class.getResourceAsStream("/id/dkip/core/sample/register.json")) {
            Files.copy(in, register);
        }
    }

    // ---- working-days

    @Test
    void workingDaysAddsAcrossIdulFitri2026() throws Exception {
        // Wed 18 March 2026 is cuti bersama Nyepi; 19-24 March are Nyepi and Idul Fitri: the next working day is 25 March.
        CliProcess.Result r = CliProcess.run("working-days", "2026-03-17", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.stdout().trim()).isEqualTo("2026-03-25");
    }

    @Test
    void workingDaysCountsBetweenDates() throws Exception {
        // Mon 11 Aug - Fri 22 Aug 2025: 10 weekdays less 18 Aug (added cuti bersama) = 9 (17 Aug is a Sunday).
        CliProcess.Result r = CliProcess.run("working-days", "2025-08-10", "2025-08-22");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.stdout().trim()).isEqualTo("9");
    }

    @Test
    void workingDaysInAYearWithoutItsDecreeAreProvisionalAndSaySoInEitherLanguage() throws Exception {
        // Sunday 5 Jan 2031 + 3: Mon 6, Tue 7, Wed 8 (no decree for 2031: weekends and fixed-date holidays)
        CliProcess.Result id = CliProcess.run("working-days", "2031-01-05", "3");
        assertThat(id.exitCode()).as(id.stderr()).isEqualTo(ExitCode.OK);
        assertThat(id.stdout().trim()).isEqualTo("2031-01-08");
        assertThat(id.stderr()).contains("SEMENTARA", "2031");
        CliProcess.Result en = CliProcess.run("working-days", "--lang", "en", "2031-01-05", "3");
        assertThat(en.stderr()).contains("PROVISIONAL", "2031");
        // 1 January 2027 is a fixed-date holiday even before the 2027 decree
        assertThat(CliProcess.run("working-days", "2026-12-31", "1").stdout().trim()).isEqualTo("2027-01-04");
    }

    @Test
    void workingDaysNeedOnlyTheYearsTheyTouch() throws Exception {
        CliProcess.Result r = CliProcess.run("working-days", "2024-12-31", "1");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        assertThat(r.stdout().trim()).isEqualTo("2025-01-02");
        assertThat(r.stderr()).doesNotContain("SEMENTARA");
        CliProcess.Result huge = CliProcess.run("working-days", "2026-01-01", "99999999999");
        assertThat(huge.exitCode()).isEqualTo(ExitCode.UNUSABLE);
    }

    @Test
    void workingDaysWithAdminHolidayFileCoversANewYear() throws Exception {
        Path oneRow = dir.resolve("libur-2027-satu-baris.csv");
        Files.writeString(oneRow, "date,kind,name\n2027-01-04,cuti_bersama,Cuti bersama contoh\n");
        CliProcess.Result partial = CliProcess.run("working-days", "--holidays", oneRow.toString(), "2026-12-31", "1");
        assertThat(partial.stdout().trim()).isEqualTo("2027-01-05");
        assertThat(partial.stderr()).as("one row is not a whole year").contains("SEMENTARA", "2027");
        Path extra = dir.resolve("libur-2027.csv");
        Files.writeString(extra, "date,kind,name\n2027,lengkap,SKB 3 Menteri 2027 (data uji)\n2027-01-01,libur,Tahun Baru Masehi\n");
        CliProcess.Result r = CliProcess.run("working-days", "--holidays", extra.toString(), "2026-12-31", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.stdout().trim()).isEqualTo("2027-01-04");
        assertThat(r.stderr()).doesNotContain("SEMENTARA");
    }

    @Test
    void aBadHolidayFileIsExplainedInIndonesianByDefault() throws Exception {
        Path bad = dir.resolve("libur-salah.csv");
        Files.writeString(bad, "date,kind,name\n2027-13-01,libur,X\n");
        CliProcess.Result id = CliProcess.run("working-days", "--holidays", bad.toString(), "2026-12-31", "1");
        assertThat(id.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(id.stderr()).contains("Baris hari libur salah", "baris 2", "2027-13-01").doesNotContain("Exception");
        CliProcess.Result en = CliProcess.run("working-days", "--lang", "en", "--holidays", bad.toString(), "2026-12-31", "1");
        assertThat(en.stderr()).contains("Bad holiday row", "line 2");
    }

    @Test
    void workingDaysBadDateIsBadUsage() throws Exception {
        CliProcess.Result r = CliProcess.run("working-days", "17-03-2026", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("17-03-2026", "YYYY-MM-DD");
    }

    // ---- validate

    @Test
    void validateBanyumasMatrixReportsEveryFinding() throws Exception {
        Path docx = write("banyumas.docx", MatrixFiles.docx(MatrixFixture.banyumas()));
        CliProcess.Result r = CliProcess.run("validate", docx.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode out = JSON.readTree(r.stdout());
        assertThat(out.get("entries").asInt()).isEqualTo(2);
        assertThat(codes(out.get("findings"))).contains("DKIP-GROUND-MISSING");
        assertThat(out.get("findings").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void validateRegisterJsonInEnglish() throws Exception {
        CliProcess.Result r = CliProcess.run("validate", "--lang", "en", register.toString());
        assertThat(r.exitCode()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        JsonNode out = JSON.readTree(r.stdout());
        assertThat(out.get("entries").asInt()).isGreaterThan(0);
        assertThat(r.stderr()).contains("entries checked");
    }

    @Test
    void validateRegisterWithAPermanentLawEnforcementPeriodFails() throws Exception {
        Path bad = dir.resolve("bad-register.json");
        Files.writeString(bad, """
                {"entries": [{"id": "1", "unitCode": "SEKRET", "information": "Identitas pelapor pengaduan",
                  "grounds": ["17a2"], "consequenceIfOpened": "Pelapor terancam", "benefitIfClosed": "Pelapor terlindungi",
                  "publicInterest": "Perlindungan pelapor lebih besar", "securityLevel": "RAHASIA",
                  "period": {"kind": "PERMANENT", "original": "Tidak terbatas"}}]}
                """);
        CliProcess.Result r = CliProcess.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(codes(JSON.readTree(r.stdout()).get("findings"))).contains("DKIP-PERIOD-PERMANENT");
    }

    @Test
    void validateMalformedJsonNamesLineAndColumn() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"entries\": [ {\"information\": \"x\", } ]}");
        CliProcess.Result r = CliProcess.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("broken.json").containsPattern("(baris|line) 1");
    }

    @Test
    void validateMissingFileIsUnusable() throws Exception {
        CliProcess.Result r = CliProcess.run("validate", dir.resolve("tidak-ada.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("tidak-ada.xlsx", "tidak ditemukan");
    }

    // ---- import-matrix

    @Test
    void importMatrixPrintsEntriesWithOriginalCells() throws Exception {
        Path xlsx = write("lombok.xlsx", MatrixFiles.xlsx(MatrixFixture.lombokTengahTwoRowHeader()));
        CliProcess.Result r = CliProcess.run("import-matrix", xlsx.toString());
        assertThat(r.exitCode()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        JsonNode out = JSON.readTree(r.stdout());
        JsonNode entries = out.get("entries");
        assertThat(entries).hasSize(4);
        assertThat(entries.get(3).get("information").asText()).contains("rekam medis");
        assertThat(entries.get(3).get("grounds").toString()).contains("17h");
        assertThat(entries.get(3).get("original").size()).isGreaterThan(3);
    }

    @Test
    void importMatrixOfADocumentWithoutMatrixSaysWhatWasLookedFor() throws Exception {
        Path docx = write("surat.docx", MatrixFiles.docxWithoutMatrix());
        CliProcess.Result r = CliProcess.run("import-matrix", "--lang", "en", docx.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("surat.docx").containsIgnoringCase("Informasi");
    }

    @Test
    void importMatrixRefusesAPasswordProtectedFile() throws Exception {
        byte[] plain = MatrixFiles.xlsx(MatrixFixture.banyumas());
        Path locked = write("terkunci.xlsx", HostileFiles.encryptOoxml(plain, "rahasia"));
        CliProcess.Result r = CliProcess.run("import-matrix", locked.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("terkunci.xlsx");
    }

    @Test
    void importMatrixRefusesAnEmptyFile() throws Exception {
        Path empty = write("kosong.docx", new byte[0]);
        CliProcess.Result r = CliProcess.run("import-matrix", empty.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("kosong.docx");
    }

    // ---- scan

    @Test
    void scanFindsAValidNikAndSuggests17h() throws Exception {
        Path pdf = write("surat-pasien.pdf", MatrixFiles.pdfText(List.of(
                "Pasien atas nama Budi, NIK 3273011505900003, didiagnosa TBC paru (A15.0).",
                "Nomor rekam medis 00-12-34.")));
        CliProcess.Result r = CliProcess.run("scan", pdf.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode out = JSON.readTree(r.stdout());
        assertThat(out.get("findings").toString()).contains("NIK").doesNotContain("3273011505900003");
        assertThat(out.get("suggestedGrounds").toString()).contains("17h");
    }

    @Test
    void scanOfCleanTextHasNoFindings() throws Exception {
        Path txt = dir.resolve("pengumuman.txt");
        Files.writeString(txt, "Jadwal pelayanan imunisasi di Puskesmas Cibodas setiap hari Senin pukul 08.00 WIB.\n",
                StandardCharsets.UTF_8);
        CliProcess.Result r = CliProcess.run("scan", txt.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(r.stdout()).get("findings")).isEmpty();
    }

    // ---- publish

    @Test
    void publishWritesTheStaticPageAndRefusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("laman-publik");
        Path settings = dir.resolve("publication.json");
        try (InputStream in = DkipCliIT.class.getResourceAsStream("/id/dkip/core/sample/publication.json")) {
            Files.copy(in, settings);
        }
        CliProcess.Result r = CliProcess.run("publish", "--in", register.toString(), "--out", out.toString(),
                "--settings", settings.toString(), "--last-changed", "2026-03-30");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("\"entries\" : 12");
        assertThat(r.stderr()).contains("12 informasi yang dikecualikan diterbitkan");
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Dinas Kesehatan Kota Tangerang", "30 Maret 2026", "dokumen/sk-dkip-2021.pdf");
        assertThat(out.resolve("assets/dkip-publik.js")).isRegularFile();

        CliProcess.Result again = CliProcess.run("publish", "--lang", "en", "--in", register.toString(), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.stderr()).contains("is not empty", "--force");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(html);

        CliProcess.Result forced = CliProcess.run("publish", "--in", register.toString(), "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.stderr()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("dokumen/sk-dkip-2021.pdf");
    }

    @Test
    void publishWithUnsafeSettingsWritesNothing() throws Exception {
        Path out = dir.resolve("laman-tidak-jadi");
        Path settings = Files.writeString(dir.resolve("bahaya.json"),
                "{\"objection\": {\"formUrl\": \"javascript:alert(1)\"}}");
        CliProcess.Result r = CliProcess.run("publish", "--in", register.toString(), "--out", out.toString(),
                "--settings", settings.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("objection.formUrl");
        assertThat(out).doesNotExist();
    }

    // ---- generate

    @Test
    void generateAllDocumentsAsDocxAndPdf() throws Exception {
        Path out = dir.resolve("dokumen");
        CliProcess.Result r = CliProcess.run("generate", "semua", "--in", register.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        JsonNode files = JSON.readTree(r.stdout()).get("files");
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("keputusan-penetapan-dkip") && n.endsWith(".docx"))
                    .anyMatch(n -> n.startsWith("berita-acara-rapat") && n.endsWith(".pdf"))
                    .anyMatch(n -> n.startsWith("lembar-uji-konsekuensi"))
                    .anyMatch(n -> n.startsWith("daftar-informasi-dikecualikan"));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        Path sk = firstFile(out, "keputusan-penetapan-dkip", ".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(sk)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("Menimbang", "Mengingat", "MEMUTUSKAN", "KESATU", "LAMPIRAN");
        }
        Path ba = firstFile(out, "berita-acara-rapat", ".pdf");
        try (PDDocument pdf = Loader.loadPDF(ba.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).containsIgnoringCase("Pada hari ini");
        }
    }

    @Test
    void generatePublicRegisterLeavesOutTheConsequenceAnalysis() throws Exception {
        Path out = dir.resolve("publik");
        CliProcess.Result r = CliProcess.run("generate", "register-publik", "--format", "csv", "--in", register.toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        Path csv = firstFile(out, "dkip", ".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        JsonNode reg = JSON.readTree(register.toFile());
        String consequence = reg.get("entries").get(0).get("consequenceIfOpened").asText();
        assertThat(text).doesNotContain(consequence);
    }

    @Test
    void aFinalSkFromARegisterWithErrorsIsRefusedListingTheFindingsAndWritingNothing() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode reg = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(register.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode) reg.get("entries").get(0);
        first.remove(List.of("consequenceIfOpened", "publicInterest", "benefitIfClosed"));
        Path faulty = dir.resolve("register-salah.json");
        JSON.writeValue(faulty.toFile(), reg);
        Path out = dir.resolve("ditolak");
        for (String kind : List.of("sk", "semua", "berita-acara", "uji-konsekuensi")) {
            CliProcess.Result r = CliProcess.run("generate", kind, "--in", faulty.toString(), "--out", out.toString());
            assertThat(r.exitCode()).as(kind + ": " + r.stderr()).isEqualTo(ExitCode.FINDINGS);
            JsonNode result = JSON.readTree(r.stdout());
            assertThat(result.get("refused").asBoolean()).isTrue();
            assertThat(result.get("findings").findValuesAsText("code")).contains("DKIP-CONSEQUENCE-MISSING");
            assertThat(result.get("findings").get(0).get("entry").asInt()).isEqualTo(1);
            assertThat(r.stderr()).contains("Dokumen final ditolak", "DKIP-CONSEQUENCE-MISSING");
            assertThat(out).doesNotExist();
        }
        CliProcess.Result en = CliProcess.run("generate", "sk", "--lang", "en", "--in", faulty.toString(), "--out", out.toString());
        assertThat(en.stderr()).contains("Final document refused");
        // a draft may be produced, and says so at its head
        CliProcess.Result draft = CliProcess.run("generate", "sk", "--rancangan", "--format", "docx", "--in", faulty.toString(),
                "--out", out.toString());
        assertThat(draft.exitCode()).as(draft.stderr()).isEqualTo(ExitCode.OK);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(firstFile(out, "keputusan-penetapan-dkip", ".docx")));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("RANCANGAN", "CONTOH");
        }
    }

    @Test
    void generateUnknownKindIsBadUsage() throws Exception {
        CliProcess.Result r = CliProcess.run("generate", "surat-cinta", "--in", register.toString(), "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("surat-cinta");
    }

    // ---- simulate

    @Test
    void simulateRunsTheWholeSopAndWritesEveryDocument() throws Exception {
        Path out = dir.resolve("simulasi");
        CliProcess.Result r = CliProcess.run("simulate", "--out", out.toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        // every step printed with role, due date and outcome as it completes; the first meeting lacks a quorum
        assertThat(r.stderr()).contains("Langkah 1 |", "Langkah 2 |", "Langkah 4 |", "Langkah 6 |", "GROUP_DKIP_PPID_YANKES",
                "tenggat 2026-03-26", "Kuorum tidak tercapai", "Kuorum tercapai");
        JsonNode summary = JSON.readTree(r.stdout());
        assertThat(summary.get("ended").asBoolean()).isTrue();
        assertThat(summary.get("workingDays").asInt()).isBetween(6, 14);
        // the sample meeting rejected one of the 13 proposals: the other 12 are established
        assertThat(summary.get("register").findValuesAsText("status")).hasSize(13)
                .filteredOn("DITETAPKAN"::equals).hasSize(12);
        // 7 documents (draft DKIP; drafts of Berita Acara, consequence-test sheet and SK; their finals), DOCX and PDF
        assertThat(summary.get("files")).hasSize(14);
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(14)
                    .anyMatch(n -> n.contains("rancangan-daftar-informasi-dikecualikan") && n.endsWith(".docx"))
                    .anyMatch(n -> n.matches("\\d\\d-rancangan-lembar-uji-konsekuensi-.*\\.pdf"))
                    .anyMatch(n -> n.matches("\\d\\d-final-lembar-uji-konsekuensi-.*\\.docx"))
                    .anyMatch(n -> n.contains("final-berita-acara-rapat") && n.endsWith(".pdf"))
                    .anyMatch(n -> n.contains("final-keputusan-penetapan-dkip") && n.endsWith(".docx"));
        }
        Path sheet = firstFile(out, "06-final-lembar-uji-konsekuensi", ".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(sheet)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("LEMBAR PENGUJIAN KONSEKUENSI", "uji konsekuensi", "Pasal 17");
        }
    }

    @Test
    void aSimulationIntoAYearWithoutItsDecreeMarksItsDueDatesProvisional() throws Exception {
        Path out = dir.resolve("desember");
        CliProcess.Result r = CliProcess.run("simulate", "--out", out.toString(), "--start", "2026-12-29");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        // the bundled SKB 3 Menteri data end with 2026: due dates in 2027 are printed as provisional
        assertThat(r.stderr()).containsPattern("tenggat 2027-\\d\\d-\\d\\d \\(sementara\\)");
        assertThat(r.stderr()).doesNotContainPattern("tenggat 2026-\\d\\d-\\d\\d \\(sementara\\)");
    }

    @Test
    void simulateAsAnAmendmentRefersToThePreviousDecree() throws Exception {
        Path out = dir.resolve("perubahan");
        CliProcess.Result r = CliProcess.run("simulate", "--lang", "en", "--out", out.toString(),
                "--amend", "050/4127-Sekret/V/2021", "--sk", "050/0999-Sekret/IV/2026");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCode.OK);
        assertThat(r.stderr()).contains("Step 6 |");
        Path sk = firstFile(out, "07-final-keputusan-penetapan-dkip", ".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(sk)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("050/0999-Sekret/IV/2026", "050/4127-Sekret/V/2021");
        }
    }

    // ---- usage

    @Test
    void noCommandAndUnknownOptionAreBadUsage() throws Exception {
        assertThat(CliProcess.run().exitCode()).isEqualTo(ExitCode.UNUSABLE);
        CliProcess.Result r = CliProcess.run("validate", "--tidak-ada", register.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stderr()).contains("--tidak-ada");
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        CliProcess.Result r = CliProcess.run("--help");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.stdout()).contains("validate", "import-matrix", "scan", "working-days", "generate", "simulate");
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<String> codes(JsonNode findings) {
        return findings.findValuesAsText("code");
    }

    private static Path firstFile(Path folder, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*" + suffix + " in " + folder));
        }
    }
}
