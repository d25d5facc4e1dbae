package id.dkip.core.bench;

import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterColumn;
import id.dkip.core.documents.export.RegisterExporter;
import id.dkip.core.extraction.DocumentGuard;
import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.LegalCellParser;
import id.dkip.core.extraction.MatrixImport;
import id.dkip.core.extraction.MatrixImporter;
import id.dkip.core.extraction.PersonalDataScanner;
import id.dkip.core.extraction.TextBlock;
import id.dkip.core.extraction.TikaReader;
import id.dkip.core.extraction.bench.ScanBenchmark;
import id.dkip.core.extraction.fixtures.LabelledSnippets;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every performance target of issue #14 in one run (a timed main, not a test: {@code bench/run}): for each, the
 * project's figure, a floor measured in the same run on the same input, and the ratio. Times are CPU time of the
 * threads doing the work (ThreadMXBean), median of the measured rounds after warm-up, because the build machine is
 * shared: wall time there measures the neighbours. The workflow target is printed by {@code SopEngineBench}, run
 * after this by the script (the two engines are best kept out of this JVM's heap and JIT).
 */
public final class AllBenchmarks {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final List<String> ROWS = new ArrayList<>();

    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("java %s, %d cores, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        scanner(rounds);
        legal();
        xlsxExport(rounds);
        matrixImport(rounds);
        System.out.println();
        System.out.println("| target | project | floor (same run) | ratio | goal |");
        System.out.println("|---|---|---|---|---|");
        ROWS.forEach(System.out::println);
    }

    // ------------------------------------------------------------------ 1. scanner

    /** Office text with one personal-data snippet per ~2 KB (the target's "at most 1 finding per 2 KB"). */
    static List<String> officeText(int paragraphs) {
        List<LabelledSnippets.Snippet> snippets = LabelledSnippets.generate(40, 7L);
        Random rnd = new Random(3);
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int chars = 0;
        while (true) { // ordinary paragraphs of 400-600 characters, a personal-data snippet after every ~2 KB
            p.append(p.length() == 0 ? "" : " ").append(ScanBenchmark.PLAIN[rnd.nextInt(ScanBenchmark.PLAIN.length)]);
            if (p.length() > 400) {
                out.add(p.toString());
                chars += p.length();
                p.setLength(0);
                if (chars > 2048) {
                    out.add(snippets.get(rnd.nextInt(snippets.size())).text().replace('\n', ' '));
                    chars = 0;
                }
                if (out.size() >= paragraphs) {
                    break;
                }
            }
        }
        return out;
    }

    static void scanner(int rounds) throws Exception {
        List<String> text = officeText(6000);
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxBytes(500L << 20).withTimeout(java.time.Duration.ofMinutes(10));
        DocumentGuard guard = new DocumentGuard(limits);
        TikaReader tika = new TikaReader(guard);
        PersonalDataScanner scanner = new PersonalDataScanner(limits);
        record Doc(String name, byte[] bytes) {
        }
        for (Doc d : List.of(new Doc("corpus.docx", ScanBenchmark.docx(text)), new Doc("corpus.pdf", MatrixFiles.pdfText(text)))) {
            long[] tikaCpu = new long[rounds];
            long[] scanCpu = new long[rounds];
            long[] floorCpu = new long[rounds];
            long chars = 0;
            int findings = 0;
            // steady state: the scanner and the floor loop compiled before anything is timed (Tika warms up below)
            List<TextBlock> warm = tika.extract(guard.admit(new ByteArrayInputStream(d.bytes()), d.name())).blocks();
            for (int w = 0; w < 20; w++) {
                scanner.scanBlocks(warm);
                onePass(warm);
            }
            for (int r = -2; r < rounds; r++) {
                DocumentGuard.Document doc = guard.admit(new ByteArrayInputStream(d.bytes()), d.name());
                long t0 = allThreadsCpu();
                TikaReader.Extracted ex = tika.extract(doc);
                long t1 = allThreadsCpu();
                // let the collector's and compiler's threads finish what Tika's allocations started: on 2 cores they
                // would otherwise run beside the scan and slow it (its own CPU time included)
                Thread.sleep(300);
                long s0 = CPU.getCurrentThreadCpuTime();
                findings = scanner.scanBlocks(ex.blocks()).size();
                long s1 = CPU.getCurrentThreadCpuTime();
                long floor = onePass(ex.blocks());
                long s2 = CPU.getCurrentThreadCpuTime();
                chars = ex.characters();
                if (floor < 0) {
                    System.out.print("");
                }
                if (r >= 0) {
                    tikaCpu[r] = t1 - t0;
                    scanCpu[r] = s1 - s0;
                    floorCpu[r] = s2 - s1;
                }
            }
            double mb = chars / 1e6;
            double scanS = median(scanCpu) / 1e9;
            double tikaS = median(tikaCpu) / 1e9;
            double floorS = median(floorCpu) / 1e9;
            System.out.printf(Locale.ROOT, "scanner %s: %.2f MB text, %d findings (1 per %.1f KB), scan %.1f ms, Tika %.1f ms, single pass %.1f ms%n",
                    d.name(), mb, findings, chars / 1024.0 / Math.max(1, findings), scanS * 1e3, tikaS * 1e3, floorS * 1e3);
            ROWS.add(String.format(Locale.ROOT, "| scanner throughput (%s) | %.0f MB/s | %.0f MB/s (one pass over the chars) | %.2f | >= 100 MB/s |",
                    d.name(), mb / scanS, mb / floorS, floorS / scanS));
            ROWS.add(String.format(Locale.ROOT, "| scan vs Tika extraction (%s) | %.1f ms | %.1f ms (Tika) | %.3f | <= 0.1 |",
                    d.name(), scanS * 1e3, tikaS * 1e3, scanS / tikaS));
        }
    }

    /** The floor: one pass over every character, looking at each (a count, so the JIT cannot drop the loop). */
    private static long onePass(List<TextBlock> blocks) {
        long n = 0;
        for (TextBlock b : blocks) {
            String t = b.text();
            for (int i = 0; i < t.length(); i++) {
                n += t.charAt(i) == '@' || t.charAt(i) < '0' ? 1 : 0;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ 2. legal parsing

    static void legal() throws Exception {
        LegalCellParser parser = LegalCellParser.standard();
        String unit = "Pasal 17 huruf h angka 2 dan huruf j UU 14 Tahun 2008 jo. Pasal 6 ayat (3) Perki 1 Tahun 2021; "
                + "Pasal 57 UU 36 Tahun 2009 tentang Kesehatan; ";
        for (int size : new int[] {45_000, 1_000_000}) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < size) {
                sb.append(unit);
            }
            String cell = sb.substring(0, size);
            String period = ("selama 5 (lima) tahun sejak ditetapkan, atau sampai dengan 31 Desember 2026; ").repeat(size / 70 + 1).substring(0, size);
            long f0 = CPU.getCurrentThreadCpuTime();
            int floor = cell.toLowerCase(Locale.ROOT).length() + period.toLowerCase(Locale.ROOT).length();
            long f1 = CPU.getCurrentThreadCpuTime();
            long basis = timed(30, () -> parser.legalBasis(cell));
            long periodTime = timed(30, () -> parser.period(period));
            String project = basis < 0 || periodTime < 0 ? "> 30 s (stopped)"
                    : String.format(Locale.ROOT, "%.0f ms + %.0f ms", basis / 1e6, periodTime / 1e6);
            String ratio = basis < 0 || periodTime < 0 ? "-" : String.format(Locale.ROOT, "%.0f", (basis + periodTime) / (double) Math.max(1, f1 - f0));
            ROWS.add(String.format(Locale.ROOT, "| legal basis + period of a %d KB cell | %s | %.1f ms (lower-casing it) | %s | < 1 s for 1 MB |",
                    size / 1000, project, (f1 - f0) / 1e6 + floor * 0, ratio));
        }
    }

    /** CPU time of {@code work} on a worker thread, or -1 when it takes longer than {@code seconds} of wall time. */
    private static long timed(int seconds, Callable<?> work) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-legal");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Long> f = one.submit(() -> {
                long t0 = CPU.getCurrentThreadCpuTime();
                work.call();
                return CPU.getCurrentThreadCpuTime() - t0;
            });
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return -1;
        } finally {
            one.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ 3. XLSX export

    static void xlsxExport(int rounds) throws Exception {
        int n = 20_000;
        List<DkipEntry> sample = SampleAgency.register().entries();
        List<DkipEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DkipEntry e = sample.get(i % sample.size());
            entries.add(e.toBuilder().id("bench-" + i).information(e.information() + " (" + i + ")").build());
        }
        RegisterExporter exporter = new RegisterExporter();
        long[] project = new long[rounds];
        long[] floor = new long[rounds];
        for (int r = -1; r < rounds; r++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            exporter.export(entries, ExportFormat.XLSX, false, OutputStream.nullOutputStream());
            long t1 = CPU.getCurrentThreadCpuTime();
            bareSxssf(entries.iterator(), RegisterColumn.FULL);
            long t2 = CPU.getCurrentThreadCpuTime();
            if (r >= 0) {
                project[r] = t1 - t0;
                floor[r] = t2 - t1;
            }
        }
        ROWS.add(String.format(Locale.ROOT, "| XLSX export, %,d rows x %d columns | %.0f ms | %.0f ms (bare SXSSF, same cells) | %.2f | <= 1.5 |",
                n, RegisterColumn.FULL.size() + 1, median(project) / 1e6, median(floor) / 1e6, median(project) / (double) median(floor)));
    }

    /** The same cells with nothing else: no styles, widths, freeze pane or filter. */
    private static void bareSxssf(Iterator<DkipEntry> entries, List<RegisterColumn> columns) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("DKIP");
            int n = 0;
            while (entries.hasNext()) {
                DkipEntry e = entries.next();
                Row row = sheet.createRow(++n);
                row.createCell(0).setCellValue(n);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(e);
                    if (v instanceof LocalDate d) {
                        row.createCell(c + 1).setCellValue(d);
                    } else if (v != null) {
                        row.createCell(c + 1).setCellValue(v.toString());
                    }
                }
            }
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
        }
    }

    // ------------------------------------------------------------------ 5. matrix import

    static void matrixImport(int rounds) throws Exception {
        MatrixFixture matrix = MatrixFixture.lombokTengah().withGeneratedRows(5000);
        ExtractionLimits slow = ExtractionLimits.defaults().withTimeout(java.time.Duration.ofMinutes(10));
        MatrixImporter importer = new MatrixImporter(LegalCellParser.standard(), slow);
        PersonalDataScanner reader = new PersonalDataScanner(slow);
        record Doc(String name, byte[] bytes) {
        }
        for (Doc d : List.of(new Doc("matriks.docx", MatrixFiles.docx(matrix)), new Doc("matriks.xlsx", MatrixFiles.xlsxStreaming(matrix)))) {
            long[] project = new long[Math.max(1, rounds / 2)];
            long[] floor = new long[project.length];
            int rows = 0;
            long heap = 0;
            for (int r = -1; r < project.length; r++) {
                System.gc();
                long t0 = allThreadsCpu();
                MatrixImport result = importer.importMatrix(new ByteArrayInputStream(d.bytes()), d.name());
                long t1 = allThreadsCpu();
                reader.scan(new ByteArrayInputStream(d.bytes()), d.name()); // floor: reading the same file's text once
                long t2 = allThreadsCpu();
                rows = result.rows().size();
                heap = Math.max(heap, usedHeap());
                if (r >= 0) {
                    project[r] = t1 - t0;
                    floor[r] = t2 - t1;
                }
            }
            ROWS.add(String.format(Locale.ROOT, "| matrix import + validation, %s (%d rows; heap after %d MB) | %.2f s | %.2f s (text extraction + scan of the file) | %.2f | < 10 s |",
                    d.name(), rows, heap >> 20, median(project) / 1e9, median(floor) / 1e9, median(project) / (double) median(floor)));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long allThreadsCpu() {
        long sum = 0;
        for (long id : CPU.getAllThreadIds()) {
            long t = CPU.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
