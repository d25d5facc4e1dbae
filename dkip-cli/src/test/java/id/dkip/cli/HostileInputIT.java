package id.dkip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.extraction.fixtures.HostileFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of hostile input from issue #13's "Limits" table, generated at test time (nothing large is stored in
 * the repository), given to the packaged tool in a separate JVM with {@code -Xmx512m}. Each case must answer within
 * its time limit with exit 0, 1 or 2, without a stack trace or an OutOfMemoryError, and leave no partial output.
 * The memory bound is the 512 MB heap itself: a case that needed more would die with OutOfMemoryError.
 */
class HostileInputIT {
    /**
     * Per run: the tool's own extraction time cap (60 s) plus the JVM's start, with room for a loaded build machine.
     * On an idle 2-core machine the slowest case answers in a few seconds.
     */
    private static final long LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    record Run(int exit, String stdout, String stderr, long millis) {
    }

    static Run dkip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-jar", CliProcess.jar().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("dkip-out", ".txt");
        Path err = Files.createTempFile("dkip-err", ".txt");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("dkip " + String.join(" ", args) + " did not answer in " + LIMIT_SECONDS + " s");
            }
            Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
            System.out.printf("hostile: %-60s exit %d in %5d ms: %s%n", String.join(" ", args).replace(System.getProperty("java.io.tmpdir"), ""),
                    r.exit, r.millis, r.stderr.lines().reduce((a, b) -> b).orElse(""));
            return r;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Exit 0, 1 or 2; no stack trace, no OutOfMemoryError. */
    static Run answered(Run r) {
        assertThat(r.exit).as(r.stderr).isBetween(0, 2);
        assertThat(r.stderr).doesNotContain("OutOfMemoryError", "StackOverflowError", "Exception in thread", "\tat ");
        assertThat(r.stdout).doesNotContain("\tat ");
        return r;
    }

    static Run refused(Run r, String... inMessage) {
        answered(r);
        assertThat(r.exit).as(r.stderr).isEqualTo(ExitCode.UNUSABLE);
        assertThat(r.stdout).isEmpty();
        assertThat(r.stderr).contains(inMessage);
        return r;
    }

    private static String noPasswd(Run r) {
        assertThat(r.stdout + r.stderr).doesNotContain("root:x:0", "/bin/bash", "daemon:");
        return r.stdout;
    }

    // ------------------------------------------------------------------ zip containers

    @Test
    void zipBombIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("bom.docx"), HostileFiles.zipBomb(300));
        refused(dkip("scan", f.toString()), "bom.docx");
        refused(dkip("import-matrix", f.toString()), "bom.docx");
    }

    @Test
    void entriesOnlyInLocalHeadersAreCountedAndRefusedCheaply() throws Exception {
        Path f = HostileZips.localHeaderOnly(dir.resolve("lokal.docx"), 12, 95);
        Run scan = refused(dkip("scan", f.toString()), "lokal.docx");
        Run imp = refused(dkip("import-matrix", f.toString()), "lokal.docx");
        assertThat(scan.stderr + imp.stderr).contains("hidden");
    }

    @Test
    void docxWithA95MegabyteDocumentXmlIsReadInBoundedMemory() throws Exception {
        Random random = new Random(1);
        Path f = HostileZips.docx(dir.resolve("besar.docx"), null, 265_000,
                (w, r) -> HostileZips.row(w, Integer.toString(r + 1), HostileZips.words(random, 12), "Pasal 17 huruf h UU 14/2008",
                        r % 2 == 0 ? "5 tahun" : "selama diperlukan"));
        assertThat(zipEntrySize(f, "word/document.xml")).isGreaterThan(90L << 20);
        refused(dkip("import-matrix", f.toString()), "50000");
        refused(dkip("scan", f.toString()), "besar.docx");
    }

    @Test
    void xlsxWithAn81MegabyteSheetIsReadInBoundedMemory() throws Exception {
        Path f = HostileZips.xlsx(dir.resolve("besar.xlsx"), null, 190_000, 4);
        assertThat(zipEntrySize(f, "xl/worksheets/sheet1.xml")).isGreaterThan(80L << 20);
        refused(dkip("import-matrix", f.toString()), "50000");
        refused(dkip("scan", f.toString()), "besar.xlsx");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvOfAMillionRows() throws Exception {
        Path f = dir.resolve("sejuta.csv");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("No,Informasi,Dasar Hukum,Jangka Waktu\n");
            for (int i = 1; i <= 1_000_000; i++) {
                w.write(i + ",Data " + i + ",Pasal 17 huruf h,5 tahun\n");
            }
        }
        refused(dkip("import-matrix", f.toString()), "50000");
        answered(dkip("scan", f.toString()));
    }

    @Test
    void csvOfAMillionBlankRows() throws Exception {
        Path f = dir.resolve("kosong.csv");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("No,Informasi,Dasar Hukum,Jangka Waktu\n1,Data pegawai,Pasal 17 huruf h,5 tahun\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i % 2 == 0 ? "\n" : ",,,\n");
            }
            w.write("2,Data pasien,Pasal 17 huruf h,5 tahun\n");
        }
        Run imp = answered(dkip("import-matrix", f.toString()));
        assertThat(imp.exit).isNotEqualTo(ExitCode.UNUSABLE);
        assertThat(imp.stdout).contains("Data pegawai", "Data pasien");
        answered(dkip("scan", f.toString()));
    }

    // ------------------------------------------------------------------ generate

    @Test
    void registerWithATenMegabyteFieldIsRefusedAndWritesNothing() throws Exception {
        Path f = dir.resolve("besar.json");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("{\"entries\":[{\"id\":\"e1\",\"unitName\":\"Sekretariat\",\"information\":\"");
            char[] block = "x".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 10; i++) {
                w.write(block);
            }
            w.write("\"}]}");
        }
        Path out = dir.resolve("keluaran");
        refused(dkip("generate", "register", "--in", f.toString(), "--out", out.toString()), "besar.json");
        assertNoFiles(out);
    }

    @Test
    void registerWithAHundredThousandEntriesIsRefused() throws Exception {
        Path f = dir.resolve("banyak.json");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("[");
            for (int i = 0; i < 100_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"id\":\"e" + i + "\",\"unitName\":\"Sekretariat\",\"information\":\"Informasi " + i + "\"}");
            }
            w.write("]");
        }
        Path out = dir.resolve("keluaran");
        refused(dkip("generate", "dkip", "--in", f.toString(), "--out", out.toString()), "banyak.json");
        assertNoFiles(out);
    }

    @Test
    void aCellTooLongForExcelLeavesNoPartialXlsx() throws Exception {
        Path f = dir.resolve("sel.json");
        Files.writeString(f, "[{\"id\":\"e1\",\"unitName\":\"Sekretariat\",\"information\":\"" + "y".repeat(40_000) + "\"}]");
        Path out = dir.resolve("keluaran");
        refused(dkip("generate", "register", "--format", "xlsx", "--in", f.toString(), "--out", out.toString()), "32767");
        assertNoFiles(out);
    }

    @Test
    void aOneGigabyteLogoIsRefusedWithoutReadingIt() throws Exception {
        Path logo = sparse(dir.resolve("logo.png"), 1L << 30);
        Path agency = dir.resolve("instansi.json");
        Files.writeString(agency, "{\"letterheadLogo\": \"logo.png\"}");
        Path out = dir.resolve("keluaran");
        Run r = refused(dkip("generate", "dkip", "--in", sampleRegister().toString(), "--agency", agency.toString(),
                "--out", out.toString()), "logo.png");
        assertThat(r.millis).isLessThan(LIMIT_SECONDS * 1000);
        assertNoFiles(out);
    }

    @Test
    void aOneGigabyteHolidayFileIsRefused() throws Exception {
        Path holidays = sparse(dir.resolve("libur.csv"), 1L << 30);
        refused(dkip("working-days", "--holidays", holidays.toString(), "2026-03-17", "1"), "libur.csv");
    }

    @Test
    void aOneGigabyteRegisterIsRefusedBeforeParsing() throws Exception {
        Path f = sparse(dir.resolve("raksasa.json"), 1L << 30);
        refused(dkip("validate", f.toString()), "raksasa.json");
    }

    // ------------------------------------------------------------------ XXE and nesting

    @Test
    void xxeIsNeverResolvedInAnyFormat() throws Exception {
        Path docx = HostileZips.docx(dir.resolve("xxe.docx"), HostileZips.XXE, 2,
                (w, r) -> HostileZips.row(w, Integer.toString(r + 1), "Informasi " + r, "Pasal 17 huruf h", "5 tahun"));
        Path xlsx = HostileZips.xlsx(dir.resolve("xxe.xlsx"), HostileZips.XXE, 3, 4);
        Path xhtml = Files.writeString(dir.resolve("xxe.xhtml"), "<?xml version=\"1.0\"?>" + HostileZips.XXE
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table><tr><td>No</td><td>Informasi</td><td>Dasar Hukum</td>"
                + "<td>Jangka Waktu</td></tr><tr><td>1</td><td>&xxe;</td><td>Pasal 17 huruf h</td><td>5 tahun</td></tr></table></body></html>");
        Path odt = odt(dir.resolve("xxe.odt"));
        Path json = Files.writeString(dir.resolve("xxe.json"), HostileZips.XXE + "[]");
        // the importer reads DOCX and XLSX itself, everything else through Tika as the scanner does
        for (Path f : List.of(docx, xlsx)) {
            noPasswd(answered(dkip("import-matrix", f.toString())));
        }
        for (Path f : List.of(docx, xlsx, xhtml, odt)) {
            noPasswd(answered(dkip("scan", f.toString())));
        }
        noPasswd(refused(dkip("validate", json.toString()), "xxe.json"));
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path html = Files.write(dir.resolve("dalam.html"), HostileFiles.deepHtml(50_000));
        refused(dkip("scan", html.toString()), "dalam.html");
        Path docx = HostileZips.docx(dir.resolve("dalam.docx"), null, 1,
                (w, r) -> w.append("<w:tr><w:tc>").append("<w:tbl><w:tr><w:tc>".repeat(20_000)).append("<w:p/>")
                        .append("</w:tc></w:tr></w:tbl>".repeat(20_000)).append("</w:tc></w:tr>"));
        refused(dkip("import-matrix", docx.toString()), "dalam.docx");
        refused(dkip("scan", docx.toString()), "dalam.docx");
        Path json = Files.writeString(dir.resolve("dalam.json"), "[".repeat(100_000) + "]".repeat(100_000));
        refused(dkip("generate", "register", "--in", json.toString(), "--out", dir.resolve("k").toString()), "dalam.json");
        assertNoFiles(dir.resolve("k"));
    }

    // ------------------------------------------------------------------ CSV injection

    @Test
    void csvExportNeutralisesFormulaCells() throws Exception {
        String[] hostile = {"=HYPERLINK(\\\"http://x\\\")", "+1+1", "-2+3", "@SUM(A1)", "\\tTAB", "\\rCR"};
        StringBuilder json = new StringBuilder("{\"decree\":{\"number\":\"1\",\"date\":\"2021-04-13\"},\"entries\":[");
        for (int i = 0; i < hostile.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"unitName\":\"").append(hostile[i])
                    .append("\",\"information\":\"").append(hostile[i]).append("\",\"status\":\"ditetapkan\"}");
        }
        Path f = Files.writeString(dir.resolve("rumus.json"), json.append("]}").toString());
        Path out = dir.resolve("csv");
        for (String view : List.of("register", "register-publik")) {
            answered(dkip("generate", view, "--format", "csv", "--in", f.toString(), "--out", out.toString()));
        }
        try (Stream<Path> files = Files.list(out)) {
            List<Path> csvs = files.toList();
            assertThat(csvs).hasSize(2);
            for (Path csv : csvs) {
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                assertThat(text).contains("\"'=HYPERLINK", ",'+1+1", ",'-2+3", ",'@SUM(A1)", ",'\tTAB", "\"'\rCR\"");
                assertThat(text).doesNotContain(",=HYPERLINK", "\"=HYPERLINK", ",+1+1", ",-2+3", ",@SUM", ",\tTAB", "\"\rCR");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private Path sampleRegister() throws IOException {
        Path register = dir.resolve("register.json");
        try (var in = HostileInputIT.class.getResourceAsStream("/id/dkip/core/sample/register.json")) {
            Files.copy(in, register);
        }
        return register;
    }

    /** A file of {@code size} bytes that takes no disk space (holes read as zeros). */
    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    private static void assertNoFiles(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.toList()).isEmpty();
            }
        }
    }

    private static long zipEntrySize(Path zip, String name) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getEntry(name).getSize();
        }
    }

    private static Path odt(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry mime = new ZipEntry("mimetype");
            zip.putNextEntry(mime);
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?>" + HostileZips.XXE + "<office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>&xxe;</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
