package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.documents.AgencyProfile;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.IndonesianDocumentGenerator;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation with the real document generator: every document of the SOP written and readable. */
class FileDocumentsTest {

    @TempDir
    Path out;

    @Test
    void simulationWritesDraftsAndFinalsWithTheMeetingAndTheDecree() throws Exception {
        List<Unit> units = List.of(new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES"));
        Map<String, List<DkipEntry>> entries = Map.of("GROUP_DKIP_PPID_YANKES", List.of(
                DkipEntry.builder().id("y1").unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").information("Rekam medis pasien")
                        .grounds(List.of("17h2")).consequenceIfOpened("Mengungkap rahasia pribadi pasien")
                        .publicInterest("Perlindungan data kesehatan pasien lebih besar").build(), // lawful: finals are refused otherwise
                DkipEntry.builder().id("y2").unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").information("Jadwal vaksinasi").build()));
        var setup = new SopSimulation.Setup(units, entries, IntStream.rangeClosed(1, 5).mapToObj(i -> "Anggota " + i).toList(),
                "800/7-Dinkes/2026", "800/1-Dinkes/2025", SopEngineFixture.START, List.of("y2"));
        var docs = new FileDocuments(new IndonesianDocumentGenerator(AgencyProfile.defaults()), out,
                List.of(DocumentFormat.DOCX, DocumentFormat.PDF));
        var result = new SopSimulation(SopSchedule.standard(), WorkingDayCalendar.standard())
                .run("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", setup, docs, ProposalValidator.NONE, r -> { });

        assertThat(result.ended()).isTrue();
        List<String> files;
        try (var list = Files.list(out)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(14).allSatisfy(f -> assertThat(f).matches("\\d\\d-(rancangan|final)-.*\\.(docx|pdf)"));
        Path finalSk = out.resolve(files.stream().filter(f -> f.startsWith("07-final-keputusan-penetapan-dkip") && f.endsWith(".docx")).findFirst().orElseThrow());
        String text;
        try (InputStream in = Files.newInputStream(finalSk); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            text = x.getText();
        }
        assertThat(text).contains("800/7-Dinkes/2026").contains("800/1-Dinkes/2025").contains("Rekam medis pasien")
                .doesNotContain("Jadwal vaksinasi");
        Path ba = out.resolve(files.stream().filter(f -> f.startsWith("05-final-berita-acara-rapat") && f.endsWith(".docx")).findFirst().orElseThrow());
        try (InputStream in = Files.newInputStream(ba); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("Anggota 1").contains("Jadwal vaksinasi");
        }
        assertThat(files).anyMatch(f -> f.matches("03-rancangan-lembar-uji-konsekuensi.*\\.docx"))
                .anyMatch(f -> f.matches("03-rancangan-lembar-uji-konsekuensi.*\\.pdf"));
        Path sheet = out.resolve(files.stream().filter(f -> f.startsWith("06-final-lembar-uji-konsekuensi") && f.endsWith(".docx"))
                .findFirst().orElseThrow());
        try (InputStream in = Files.newInputStream(sheet); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("Rekam medis pasien").contains("Anggota 1");
        }
    }
}
