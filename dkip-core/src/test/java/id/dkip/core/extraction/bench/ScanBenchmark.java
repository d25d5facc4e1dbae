package id.dkip.core.extraction.bench;

import id.dkip.core.extraction.DocumentGuard;
import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.PersonalDataScanner;
import id.dkip.core.extraction.TikaReader;
import id.dkip.core.extraction.fixtures.LabelledSnippets;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Benchmark, not a test (run by hand, see docs/bench/extraction-scan.md): throughput of the personal-data scanner in MB/s
 * of extracted text, and its cost as a ratio over plain Tika extraction of the same files. Each document is
 * extracted once per round (Tika alone), then the extracted paragraphs are scanned; times are the median of the
 * measured rounds after warm-up.
 *
 * <pre>mvn -o -q -pl dkip-core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=id.dkip.core.extraction.bench.ScanBenchmark</pre>
 */
public final class ScanBenchmark {
    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> text = corpus(paragraphs);
        record Doc(String name, byte[] bytes) {
        }
        List<Doc> docs = List.of(
                new Doc("corpus.txt", String.join("\n\n", text).getBytes(StandardCharsets.UTF_8)),
                new Doc("corpus.docx", docx(text)),
                new Doc("corpus.pdf", MatrixFiles.pdfText(text)));
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxBytes(500L * 1024 * 1024);
        DocumentGuard guard = new DocumentGuard(limits);
        TikaReader tika = new TikaReader(guard);
        PersonalDataScanner scanner = new PersonalDataScanner(limits);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| file | size (MB) | text (MB) | findings | Tika (ms) | scan (ms) | scan MB/s | scan/Tika |%n"));
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Doc d : docs) {
            long[] tikaTimes = new long[rounds];
            long[] scanTimes = new long[rounds];
            int findings = 0;
            long textBytes = 0;
            for (int r = -2; r < rounds; r++) { // two warm-up rounds
                DocumentGuard.Document doc = guard.admit(new ByteArrayInputStream(d.bytes()), d.name());
                long t0 = System.nanoTime();
                TikaReader.Extracted ex = tika.extract(doc);
                long t1 = System.nanoTime();
                findings = scanner.scanBlocks(ex.blocks()).size();
                long t2 = System.nanoTime();
                textBytes = ex.text().getBytes(StandardCharsets.UTF_8).length;
                if (r >= 0) {
                    tikaTimes[r] = t1 - t0;
                    scanTimes[r] = t2 - t1;
                }
            }
            double tikaMs = median(tikaTimes) / 1e6;
            double scanMs = median(scanTimes) / 1e6;
            double textMb = textBytes / (1024.0 * 1024.0);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d | %.0f | %.0f | %.1f | %.2f |%n", d.name(),
                    d.bytes().length / (1024.0 * 1024.0), textMb, findings, tikaMs, scanMs, textMb / (scanMs / 1000), scanMs / tikaMs));
        }
        System.out.print(out); // a benchmark's report on the console
    }

    /** Realistic office text: most paragraphs ordinary, about one in eight holding personal data or a look-alike. */
    public static List<String> corpus(int paragraphs) {
        List<LabelledSnippets.Snippet> snippets = LabelledSnippets.generate(40, 7L);
        String[] plain = PLAIN;
        Random rnd = new Random(42);
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            out.add(i % 8 == 0 ? snippets.get(rnd.nextInt(snippets.size())).text().replace('\n', ' ') : plain[rnd.nextInt(plain.length)]);
        }
        return out;
    }

    /** Ordinary office sentences (no personal data). */
    public static final String[] PLAIN = {
        "Dinas Kesehatan Kota Tangerang melaksanakan kegiatan penyuluhan kesehatan masyarakat di wilayah kerja puskesmas.",
        "Berdasarkan Peraturan Wali Kota Tangerang Nomor 1 Tahun 2021 tentang Layanan Informasi Publik, PPID Pembantu menyusun daftar informasi.",
        "Rapat koordinasi dilaksanakan pada hari Senin, 13 April 2021, bertempat di ruang rapat Sekretariat.",
        "Cakupan imunisasi dasar lengkap mencapai 95 persen dari target tahunan yang ditetapkan dalam rencana strategis.",
    };

    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
