package id.dkip.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.documents.MeetingRecord.Attendee;
import id.dkip.core.documents.text.EntryText;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class IndonesianDocumentGeneratorTest {
    private static AgencyProfile agency;
    private static RegisterDocument register;
    private static DocumentGenerator generator;

    @BeforeAll
    static void load() throws IOException {
        agency = SampleAgency.agency();
        register = SampleAgency.register();
        generator = new IndonesianDocumentGenerator(agency);
        // Keep the sample documents for a person to look at (target/sample-documents).
        Path dir = Path.of("target", "sample-documents");
        Files.createDirectories(dir);
        for (DocumentKind kind : DocumentKind.values()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                GeneratedDocument d = generator.generate(kind, DocumentStage.FINAL, register, format);
                Files.write(dir.resolve(d.fileName()), d.content());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void draftDkipListsEveryEntryInOrder(DocumentFormat format) {
        GeneratedDocument doc = generator.draftDkip(register.entries(), LocalDate.of(2021, 4, 26), format);
        assertThat(doc.fileName()).isEqualTo("daftar-informasi-dikecualikan-2021-04-26." + format.extension());
        assertThat(doc.mimeType()).isEqualTo(format.mimeType());
        String text = DocText.of(doc);
        assertThat(text).contains("RANCANGAN DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN",
                "DI LINGKUNGAN DINAS KESEHATAN KOTA TANGERANG", "Keadaan per 26 April 2021",
                "PEMERINTAH KOTA TANGERANG", "Jumlah informasi yang dikecualikan: 13 (tiga belas)");
        assertRowsInOrder(text, register.entries());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void beritaAcaraHasOpeningInWordsAttendanceQuorumDecisionsAndSignatures(DocumentFormat format) {
        MeetingRecord meeting = register.requireMeeting();
        String text = DocText.of(generator.beritaAcara(register.entries(), meeting, DocumentStage.FINAL, format));
        assertThat(text).containsSubsequence(
                "BERITA ACARA RAPAT TIM PPID PEMBANTU DINAS KESEHATAN KOTA TANGERANG",
                "Nomor : 005/BA-PPID/IV/2021",
                "Pada hari ini Rabu tanggal dua puluh delapan bulan April tahun dua ribu dua puluh satu, bertempat di "
                        + "Ruang Rapat Dinas Kesehatan Kota Tangerang, dimulai pukul 10.00 WIB sampai dengan selesai",
                "yang dihadiri oleh 5 (lima) dari 7 (tujuh) orang anggota Tim",
                "Kuorum sekurang-kurangnya 4 (empat) orang anggota (50% + 1) telah terpenuhi",
                "Keputusan Rapat",
                "Demikian Berita Acara ini dibuat dengan sebenarnya",
                "Tangerang, 28 April 2021");
        // attendance: every member with presence
        for (Attendee a : meeting.attendees()) {
            assertThat(text).contains(a.name() + " " + a.position() + " " + (a.present() ? "Hadir" : "Tidak hadir"));
        }
        // every entry with its decision
        assertRowsInOrder(text, register.entries());
        assertThat(text).contains("Disetujui dengan perbaikan", "Ditolak (informasi terbuka)",
                "Dikecualikan hanya bagian identitas pasien");
        // the signature table lists those present, not the absent
        String signatures = text.substring(text.indexOf("Yang hadir dan menandatangani"));
        for (Attendee a : meeting.attendees()) {
            if (a.present()) {
                assertThat(signatures).contains(a.name());
            } else {
                assertThat(signatures).doesNotContain(a.name());
            }
        }
        assertThat(signatures).contains("NIP. 19720000 199403 1 002");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void beritaAcaraWithoutQuorumSaysSoAndDecidesNothing(DocumentFormat format) {
        List<Attendee> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(new Attendee("Anggota " + i, "Anggota Tim", null, i <= 3));
        }
        MeetingRecord meeting = new MeetingRecord(null, LocalDate.of(2021, 4, 1), LocalTime.of(9, 30), "Aula",
                seven, Map.of());
        String text = DocText.of(generator.beritaAcara(register.entries(), meeting, DocumentStage.FINAL, format));
        assertThat(text).contains("Pada hari ini Kamis tanggal satu bulan April tahun dua ribu dua puluh satu",
                "pukul 09.30 WIB", "3 (tiga) dari 7 (tujuh)", "4 (empat) orang anggota (50% + 1) tidak terpenuhi",
                "harus dijadwalkan ulang", "Tidak ada keputusan yang diambil");
        assertThat(text).doesNotContain(register.entries().get(0).information());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void decreeHasEverySectionInOrderAndTheAnnexTable(DocumentFormat format) {
        GeneratedDocument doc = generator.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL, register, format);
        assertThat(doc.fileName()).isEqualTo("keputusan-penetapan-dkip-2021-05-03." + format.extension());
        String text = DocText.of(doc);
        assertThat(text).containsSubsequence(
                "KEPUTUSAN KEPALA DINAS KESEHATAN KOTA TANGERANG",
                "NOMOR : 050/4127-Sekret/V/2021",
                "TENTANG",
                "PENETAPAN DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN DI LINGKUNGAN DINAS KESEHATAN KOTA TANGERANG",
                "KEPALA DINAS KESEHATAN KOTA TANGERANG,",
                "Menimbang : a. bahwa berdasarkan ketentuan Pasal 17",
                "b. bahwa berdasarkan ketentuan Pasal 19",
                "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
                        + "Keputusan Kepala Dinas Kesehatan Kota Tangerang tentang Penetapan Daftar Informasi Publik yang "
                        + "Dikecualikan di Lingkungan Dinas Kesehatan Kota Tangerang;",
                "Mengingat : 1. Undang-Undang Nomor 14 Tahun 2008",
                "8. Peraturan Wali Kota Tangerang Nomor 1 Tahun 2021",
                "MEMUTUSKAN:",
                "Menetapkan : KEPUTUSAN KEPALA DINAS KESEHATAN KOTA TANGERANG TENTANG PENETAPAN DAFTAR",
                "KESATU : Menetapkan Daftar Informasi Publik yang Dikecualikan di Lingkungan Dinas Kesehatan Kota Tangerang",
                "KEDUA :", "KETIGA :", "KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                "Ditetapkan di Tangerang", "pada tanggal 3 Mei 2021", "KEPALA DINAS KESEHATAN KOTA TANGERANG,",
                "dr. Ratna Contoh, M.Kes.", "Pembina Utama Muda (IV/c)", "NIP. 19700000 199501 2 001",
                "Tembusan disampaikan kepada Yth.:", "1. Wali Kota Tangerang (sebagai laporan);",
                "4. Para Kepala Bidang",
                "LAMPIRAN : KEPUTUSAN KEPALA DINAS KESEHATAN KOTA TANGERANG",
                "NOMOR : 050/4127-Sekret/V/2021", "TANGGAL : 3 Mei 2021", "TENTANG : PENETAPAN DAFTAR",
                "DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN", "No Unit Kerja Informasi yang Dikecualikan");
        // the sample agency's decrees do not carry the blessing; rows the meeting rejected are not established
        assertThat(text).doesNotContain("DENGAN RAHMAT TUHAN YANG MAHA ESA", "KELIMA");
        List<DkipEntry> established = register.decreeEntries();
        assertThat(established).hasSize(12);
        String annex = text.substring(text.indexOf("LAMPIRAN :"));
        assertRowsInOrder(annex, established);
        assertThat(annex).doesNotContain("Laporan realisasi anggaran");
        assertThat(annex.substring(annex.lastIndexOf("Ditetapkan di"))).contains("NIP. 19700000 199501 2 001");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void decreeWithBlessingAndAmendmentAndNoNumberYet(DocumentFormat format) throws IOException {
        AgencyProfile withBlessing = AgencyProfile.fromJson(new ByteArrayInputStream("""
                {"name": "Dinas Kesehatan Kabupaten Contoh", "issuerTitle": "KEPALA DINAS KESEHATAN KABUPATEN CONTOH",
                 "place": "Contoh", "blessing": true, "head": {"name": "Drs. Kepala", "nip": "19700101 199503 2 001"}}
                """.getBytes(StandardCharsets.UTF_8)));
        DecreeInfo decree = new DecreeInfo(null, LocalDate.of(2022, 1, 11), "050/12-Sekret/IV/2021");
        String text = DocText.of(new IndonesianDocumentGenerator(withBlessing)
                .suratKeputusan(register.decreeEntries(), decree, DocumentStage.RANCANGAN, format));
        assertThat(text).containsSubsequence("NOMOR : " + IndonesianDocumentGenerator.BLANK, "TENTANG",
                "DENGAN RAHMAT TUHAN YANG MAHA ESA", "KEPALA DINAS KESEHATAN KABUPATEN CONTOH,", "Menimbang",
                "Mengingat", "MEMUTUSKAN", "KESATU", "KEDUA", "KETIGA",
                "KEEMPAT : Dengan ditetapkannya Keputusan ini, Lampiran Keputusan Nomor 050/12-Sekret/IV/2021 ditambah",
                "KELIMA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                "Ditetapkan di Contoh", "pada tanggal 11 Januari 2022", "NIP. 19700101 199503 2 001");
        assertThat(text).doesNotContain("Tembusan");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void consequenceSheetCarriesEveryPasal44FieldForEveryEntry(DocumentFormat format) {
        MeetingRecord meeting = register.requireMeeting();
        String text = DocText.of(generator.consequenceSheet(register.entries(), meeting, DocumentStage.FINAL, format));
        assertThat(text).contains("LEMBAR PENGUJIAN KONSEKUENSI",
                "SURAT PENETAPAN KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN",
                "Pada hari ini Rabu tanggal dua puluh delapan bulan April tahun dua ribu dua puluh satu, bertempat di "
                        + "Ruang Rapat Dinas Kesehatan Kota Tangerang, dimulai pukul 10.00 WIB",
                "Berita Acara Rapat Nomor : 005/BA-PPID/IV/2021");
        assertThat(register.entries()).anyMatch(meeting::rejected);
        int from = 0;
        int n = 1;
        for (DkipEntry e : register.entries()) {
            String[] expected = {
                    "Informasi " + n++,
                    "a. Jenis informasi yang dikecualikan " + e.information(),
                    "b. Identitas pejabat PPID yang memutuskan Anton Contoh, S.K.M., M.K.M., Sekretaris Dinas selaku "
                            + "PPID Pembantu Dinas Kesehatan, NIP. 19720000 199403 1 002",
                    "c. Badan publik dan unit kerja pejabat Dinas Kesehatan Kota Tangerang - " + e.unitName(),
                    "d. Jangka waktu pengecualian " + (meeting.rejected(e) ? IndonesianDocumentGenerator.NOT_EXEMPTED
                            : DocText.normalise(EntryText.period(e))),
                    "e. Alasan pengecualian: dasar hukum " + EntryText.legalBasis(e),
                    "(akibat bila dibuka) " + e.consequenceIfOpened(),
                    "manfaat bila ditutup " + e.benefitIfClosed(),
                    "pertimbangan kepentingan publik " + e.publicInterest(),
                    "Hasil pengujian " + meeting.decisions().get(e.id()).outcome().label(),
                    "f. Tempat dan tanggal penetapan " + (meeting.rejected(e) ? "-"
                            : "Tangerang, " + (e.skDate() != null ? "3 Mei 2021" : "28 April 2021"))};
            for (String s : expected) {
                int at = text.indexOf(s, from);
                assertThat(at).as("'%s' after position %d", s, from).isGreaterThanOrEqualTo(0);
                from = at + s.length();
            }
        }
        // PerKI 1/2017 Pasal 4: the PPID decides with the approval of the head of the public body
        assertThat(text.substring(from)).containsSubsequence("dengan persetujuan Kepala Dinas Kesehatan Kota Tangerang",
                "Sekretaris Dinas selaku PPID Pembantu Dinas Kesehatan,", "Anton Contoh, S.K.M., M.K.M.",
                "Menyetujui,", "Kepala Dinas Kesehatan Kota Tangerang,", "dr. Ratna Contoh, M.Kes.",
                "NIP. 19700000 199501 2 001", "Yang hadir dalam pengujian", "Dewi Contoh, S.Kom.");
    }

    @Test
    void pdfPagesAreF4PortraitAndTheAnnexLandscapeOrA4WhenConfigured() throws IOException {
        GeneratedDocument sk = generator.suratKeputusan(register.decreeEntries(), register.requireDecree(),
                DocumentStage.FINAL, DocumentFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(sk.content())) {
            PDRectangle first = pdf.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(215 * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getHeight()).isCloseTo(330 * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
            PDRectangle last = pdf.getPage(pdf.getNumberOfPages() - 1).getMediaBox();
            assertThat(last.getWidth()).isGreaterThan(last.getHeight());
        }
        AgencyProfile a4 = AgencyProfile.fromJson(new ByteArrayInputStream(
                "{\"name\": \"X\", \"page\": {\"paper\": \"A4\", \"fontFamily\": \"Bookman Old Style\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        GeneratedDocument ba = new IndonesianDocumentGenerator(a4).beritaAcara(register.entries(),
                register.requireMeeting(), DocumentStage.FINAL, DocumentFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(ba.content())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void docxUsesTheConfiguredPaperFontAndMargins() throws IOException {
        GeneratedDocument sk = generator.suratKeputusan(register.decreeEntries(), register.requireDecree(),
                DocumentStage.FINAL, DocumentFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sk.content()))) {
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            // the last section is the landscape annex: F4 turned
            assertThat(((java.math.BigInteger) body.getPgSz().getW()).intValue()).isEqualTo(18709);
            assertThat(((java.math.BigInteger) body.getPgSz().getH()).intValue()).isEqualTo(12189);
            assertThat(((java.math.BigInteger) body.getPgMar().getLeft()).intValue()).isEqualTo(1701);
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Arial");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.5);
            assertThat(doc.getTables()).isNotEmpty();
        }
    }

    @Test
    void aTypoInAnAgencyTextFailsNamingThePlaceholder() throws IOException {
        AgencyProfile typo = AgencyProfile.fromJson(new ByteArrayInputStream(
                "{\"name\": \"X\", \"beritaAcaraClosing\": \"Demikian ${agensi}.\"}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new IndonesianDocumentGenerator(typo).beritaAcara(register.entries(),
                register.requireMeeting(), DocumentStage.FINAL, DocumentFormat.PDF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${agensi}").hasMessageContaining("${agency}");
    }

    @Test
    void generateNeedsWhatTheKindNeeds() {
        RegisterDocument bare = RegisterDocument.of(register.entries());
        assertThatThrownBy(() -> generator.generate(DocumentKind.BERITA_ACARA, DocumentStage.FINAL, bare, DocumentFormat.PDF))
                .hasMessageContaining("\"meeting\"");
        assertThatThrownBy(() -> generator.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL, bare, DocumentFormat.PDF))
                .hasMessageContaining("\"decree\"");
        assertThat(DocumentKind.fromCliName("uji-konsekuensi")).isEqualTo(DocumentKind.UJI_KONSEKUENSI);
        assertThatThrownBy(() -> DocumentKind.fromCliName("memo")).hasMessageContaining("berita-acara");
    }

    /** Every entry's information, unit and legal basis appear, in register order. */
    static void assertRowsInOrder(String text, List<DkipEntry> entries) {
        int from = 0;
        for (DkipEntry e : entries) {
            for (String s : List.of(e.unitName(), e.information(), EntryText.legalBasis(e))) {
                int at = text.indexOf(s, from);
                assertThat(at).as("'%s' after position %d", s, from).isGreaterThanOrEqualTo(0);
                from = at + s.length();
            }
        }
    }
}
