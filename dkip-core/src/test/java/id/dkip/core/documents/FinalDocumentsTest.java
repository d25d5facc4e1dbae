package id.dkip.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.documents.MeetingRecord.Attendee;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Final documents are legal instruments: refused from a faulty register; drafts and demos say what they are. */
class FinalDocumentsTest {
    private static final RegisterDocument SAMPLE = SampleAgency.register();
    private static final DocumentGenerator REAL_AGENCY = new IndonesianDocumentGenerator(AgencyProfile.defaults());
    private static final DocumentGenerator SAMPLE_AGENCY = new IndonesianDocumentGenerator(SampleAgency.agency());

    /** The sample register with its first entry stripped of its consequence test and public-interest weighing. */
    private static RegisterDocument faulty() {
        List<DkipEntry> entries = new ArrayList<>(SAMPLE.entries());
        entries.set(0, entries.get(0).toBuilder().consequenceIfOpened(null).publicInterest(null).benefitIfClosed(null).build());
        return new RegisterDocument(entries, SAMPLE.meeting(), SAMPLE.decree());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"SURAT_KEPUTUSAN", "BERITA_ACARA", "UJI_KONSEKUENSI"})
    void aFinalInstrumentIsRefusedWhileTheRegisterHasErrors(DocumentKind kind) {
        assertThatThrownBy(() -> REAL_AGENCY.generate(kind, DocumentStage.FINAL, faulty(), DocumentFormat.PDF))
                .isInstanceOfSatisfying(FinalDocumentRefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.errors()).extracting(Finding::code).contains(EntryValidator.CONSEQUENCE_MISSING);
                    assertThat(e.errors()).allMatch(f -> f.severity() == Finding.Severity.ERROR)
                            .allMatch(f -> "dkp-001".equals(f.entryId()));
                    // Indonesian first, with the finding's own Indonesian text; English second
                    assertThat(e.getMessage()).startsWith("Dokumen final " + kind.cliName() + " ditolak")
                            .contains(e.errors().get(0).messageId()).contains(" / Final " + kind.cliName() + " refused");
                });
        // the sample register itself is lawful: its finals are produced
        assertThat(REAL_AGENCY.generate(kind, DocumentStage.FINAL, SAMPLE, DocumentFormat.PDF).content()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aDraftIsProducedFromAFaultyRegisterHeadedRancangan(DocumentFormat format) {
        for (DocumentKind kind : EnumSet.of(DocumentKind.SURAT_KEPUTUSAN, DocumentKind.BERITA_ACARA, DocumentKind.UJI_KONSEKUENSI)) {
            String text = DocText.of(REAL_AGENCY.generate(kind, DocumentStage.RANCANGAN, faulty(), format));
            assertThat(text).as(kind.name()).startsWith("PEMERINTAH DAERAH BADAN PUBLIK RANCANGAN");
            String finalText = DocText.of(REAL_AGENCY.generate(kind, DocumentStage.FINAL, SAMPLE, format));
            assertThat(finalText).as(kind.name()).doesNotContain(IndonesianDocumentGenerator.DRAFT_MARK + " ");
        }
        // the SK's annex, on its own pages, is headed too
        String sk = DocText.of(REAL_AGENCY.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.RANCANGAN, faulty(), format));
        assertThat(sk.substring(sk.indexOf("Keputusan ini mulai berlaku"))).contains("RANCANGAN LAMPIRAN :");
    }

    @Test
    void anErrorOnAnEntryTheMeetingRejectedDoesNotBlockTheFinalMinutes() {
        MeetingRecord meeting = SAMPLE.requireMeeting();
        DkipEntry rejected = SAMPLE.entries().stream().filter(meeting::rejected).findFirst().orElseThrow();
        List<DkipEntry> entries = SAMPLE.entries().stream()
                .map(e -> e == rejected ? e.toBuilder().consequenceIfOpened(null).publicInterest(null).benefitIfClosed(null).build() : e)
                .toList();
        assertThat(FinalDocumentCheck.standard().errors(entries, null)).isNotEmpty();
        assertThat(FinalDocumentCheck.standard().errors(entries, meeting)).isEmpty();
        assertThat(REAL_AGENCY.beritaAcara(entries, meeting, DocumentStage.FINAL, DocumentFormat.PDF).content()).isNotEmpty();
    }

    @Test
    void documentFilesWritesNothingWhenAFinalIsRefused(@TempDir Path dir) throws Exception {
        DocumentFiles files = new DocumentFiles(REAL_AGENCY, new id.dkip.core.documents.export.RegisterExporter());
        assertThatThrownBy(() -> files.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL,
                EnumSet.allOf(DocumentFormat.class), faulty(), dir.resolve("out")))
                .isInstanceOf(FinalDocumentRefusedException.class);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theMinutesCarryTheMeetingsOwnDateTimePlaceNumberAndPositions(DocumentFormat format) {
        // the meeting on Wednesday 25 March 2026 at 13.30; the SK only on 27 March
        List<Attendee> team = List.of(new Attendee("Ketua Contoh", "Sekretaris Dinas / Ketua Tim", null, true),
                new Attendee("Anggota Contoh", "Kepala Bidang Pelayanan Kesehatan", null, true),
                new Attendee("Absen Contoh", "Kepala Subbagian Umum", null, false));
        MeetingRecord meeting = new MeetingRecord("007/BA-PPID/III/2026", LocalDate.of(2026, 3, 25), LocalTime.of(13, 30),
                "Aula Lantai 3", team, Map.of());
        RegisterDocument register = new RegisterDocument(SAMPLE.decreeEntries(), meeting,
                new DecreeInfo("050/1-Sekret/III/2026", LocalDate.of(2026, 3, 27), null));
        for (DocumentKind kind : EnumSet.of(DocumentKind.BERITA_ACARA, DocumentKind.UJI_KONSEKUENSI)) {
            String text = DocText.of(REAL_AGENCY.generate(kind, DocumentStage.RANCANGAN, register, format));
            assertThat(text).as(kind.name()).contains(
                    "Pada hari ini Rabu tanggal dua puluh lima bulan Maret tahun dua ribu dua puluh enam",
                    "bertempat di Aula Lantai 3", "pukul 13.30 WIB", "007/BA-PPID/III/2026",
                    "Sekretaris Dinas / Ketua Tim", "Kepala Bidang Pelayanan Kesehatan")
                    .doesNotContain("pukul 09.00", "27 Maret 2026 pukul");
        }
        String ba = DocText.of(REAL_AGENCY.generate(DocumentKind.BERITA_ACARA, DocumentStage.RANCANGAN, register, format));
        assertThat(ba).contains("Kepala Subbagian Umum");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void whatTheMeetingDidNotRecordIsABlankToFillNeverAnInventedValue(DocumentFormat format) {
        MeetingRecord unrecorded = new MeetingRecord(null, null, null, null,
                List.of(new Attendee("Anggota Contoh", null, null, true)), Map.of());
        AgencyProfile withPlace = new AgencyProfile("Dinas X", List.of(), null, "KEPALA DINAS X", "Kota X",
                new AgencyProfile.Official("", "Kepala Dinas X", "", ""), new AgencyProfile.Official("", "PPID", "", ""),
                "Tim X", "PENETAPAN DKIP", false, List.of(), List.of(), List.of(), null, List.of(), null,
                AgencyProfile.defaults().beritaAcaraTitle(), AgencyProfile.defaults().beritaAcaraOpening(),
                AgencyProfile.defaults().beritaAcaraClosing(), null, "WITA", null, false);
        DocumentGenerator generator = new IndonesianDocumentGenerator(withPlace);
        String blank = IndonesianDocumentGenerator.BLANK;
        for (DocumentKind kind : EnumSet.of(DocumentKind.BERITA_ACARA, DocumentKind.UJI_KONSEKUENSI)) {
            String text = DocText.of(generator.generate(kind, DocumentStage.RANCANGAN,
                    new RegisterDocument(SAMPLE.decreeEntries(), unrecorded, null), format));
            assertThat(text).as(kind.name()).contains("Pada hari ini " + blank + " tanggal " + blank,
                    "bertempat di " + blank, "pukul " + blank, "Nomor : " + blank)
                    .doesNotContain("bertempat di Kota X", "pukul 09.00", "pukul 10.00");
        }
        String ba = DocText.of(generator.generate(DocumentKind.BERITA_ACARA, DocumentStage.RANCANGAN,
                new RegisterDocument(SAMPLE.decreeEntries(), unrecorded, null), format));
        assertThat(ba).contains("Anggota Contoh " + blank); // the position, not recorded
        MeetingRecord timed = new MeetingRecord(null, LocalDate.of(2026, 3, 25), LocalTime.of(9, 5), "Aula", List.of(), Map.of());
        assertThat(DocText.of(generator.generate(DocumentKind.BERITA_ACARA, DocumentStage.RANCANGAN,
                new RegisterDocument(SAMPLE.decreeEntries(), timed, null), format))).contains("pukul 09.05 WITA");
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void onePersonHasOneNameInEveryDocumentOfARun(DocumentFormat format) {
        // the attendance lists the PPID without titles (as a workflow's attendance list does); the profile with them
        MeetingRecord meeting = new MeetingRecord("1/BA", LocalDate.of(2026, 3, 25), LocalTime.of(10, 0), "Aula",
                List.of(new Attendee("Anton Contoh", "Sekretaris Dinas / Ketua Tim", null, true),
                        new Attendee("Dewi Contoh", "Pengelola Data", null, true)), Map.of());
        RegisterDocument register = new RegisterDocument(SAMPLE.decreeEntries(), meeting, null);
        for (DocumentKind kind : EnumSet.of(DocumentKind.BERITA_ACARA, DocumentKind.UJI_KONSEKUENSI)) {
            String text = DocText.of(SAMPLE_AGENCY.generate(kind, DocumentStage.RANCANGAN, register, format));
            String signed = text.substring(text.lastIndexOf("Nama Jabatan Tanda Tangan"));
            assertThat(signed).as(kind.name()).contains("Anton Contoh, S.K.M., M.K.M. NIP. 19720000 199403 1 002",
                    "Dewi Contoh");
        }
        assertThat(id.dkip.core.documents.text.PersonName.same("dr. Rina Contoh, M.K.M.", "Rina  contoh")).isTrue();
        assertThat(id.dkip.core.documents.text.PersonName.same("Rina Contoh", "Rina Contohwati")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aCitationTheParserCouldNotReadIsShownAsWrittenInTheLampiran(DocumentFormat format) {
        String unread = "Surat Edaran Kepala Dinas tentang Kerahasiaan Arsip Pasien";
        DkipEntry e = SAMPLE.decreeEntries().get(0);
        assertThat(e.grounds()).isNotEmpty();
        DkipEntry cited = e.toBuilder().legalBasisText("UU 14/2008 Pasal 17 huruf h angka 2; " + unread).build();
        String text = DocText.of(REAL_AGENCY.suratKeputusan(List.of(cited), SAMPLE.requireDecree(), DocumentStage.FINAL, format));
        assertThat(text.substring(text.indexOf("LAMPIRAN :"))).contains("UU 14/2008 Pasal 17 huruf h angka 2", unread);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theSampleAgencysDocumentsAreExamplesInFictitiousNames(DocumentFormat format) throws Exception {
        assertThat(SampleAgency.agency().example()).isTrue();
        assertThat(AgencyProfile.defaults().example()).isFalse();
        for (DocumentKind kind : DocumentKind.values()) {
            String text = DocText.of(SAMPLE_AGENCY.generate(kind, DocumentStage.FINAL, SAMPLE, format));
            assertThat(text).as(kind.name()).contains(IndonesianDocumentGenerator.EXAMPLE_MARK)
                    // the head of the agency named in the published SOP, and her NIP
                    .doesNotContain("Liza", "Puspadewi", "19610713", "196107131989112001");
            assertThat(DocText.of(REAL_AGENCY.generate(kind, DocumentStage.FINAL, SAMPLE, format)))
                    .doesNotContain(IndonesianDocumentGenerator.EXAMPLE_MARK);
        }
        // the sample files themselves: every NIP is impossible (month 00 in the birth date), so no real civil servant
        for (String resource : List.of(SampleAgency.AGENCY, SampleAgency.REGISTER)) {
            String json = new String(SampleAgency.class.getResourceAsStream(resource).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\d{8}) ?(\\d{6}) ?(\\d) ?(\\d{3})\\b").matcher(json);
            int nips = 0;
            while (m.find()) {
                nips++;
                assertThat(m.group(1).substring(4, 6)).as(m.group()).isEqualTo("00");
            }
            assertThat(nips).as(resource).isPositive();
            assertThat(json).doesNotContain("Liza", "Puspadewi");
        }
    }
}
