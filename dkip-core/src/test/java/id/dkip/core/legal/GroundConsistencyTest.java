package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of grounds that the row's own words contradict, each with the ground suggested. */
class GroundConsistencyTest {

    private final EntryValidator validator = EntryValidator.standard();
    private final ReferenceParser references = new ReferenceParser();
    private final PeriodParser periods = new PeriodParser();

    private List<Finding> findings(String information, String basis, String consequence, String period) {
        ParsedLegalBasis p = references.parse(basis);
        DkipEntry e = DkipEntry.builder().id("x").information(information).legalBasisText(basis).grounds(p.grounds())
                .otherReferences(p.otherReferences()).consequenceIfOpened(consequence).benefitIfClosed("Melindungi")
                .period(periods.parse(period)).status(EntryStatus.USULAN).build();
        return validator.validate(e).stream()
                .filter(f -> f.code().startsWith("DKIP-GROUND-MISMATCH") || f.code().equals(EntryValidator.GROUND_NOT_SUPPORTED)).toList();
    }

    @Test
    void aLabelNamingAnotherLetter() {
        assertThat(findings("Bukti pengeluaran dan kuitansi pembayaran", "UU 14/2008 Pasal 17 huruf g (stabilitas ekonomi)",
                "Rawan penyalahgunaan", "5 tahun")).singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(EntryValidator.GROUND_MISMATCH);
                    assertThat(f.field()).isEqualTo("grounds");
                    assertThat(f.suggestion()).isEqualTo("17e");
                    assertThat(f.args()).startsWith("17g", "stabilitas ekonomi", "17e");
                    assertThat(f.messageId()).contains("17e").contains("stabilitas ekonomi");
                    assertThat(f.messageEn()).contains("Suggestion");
                });
        assertThat(findings("Kode program", "UU 14/2008 Pasal 17 huruf i (rahasia dagang)", "Membahayakan sistem", "5 tahun"))
                .extracting(Finding::suggestion).containsExactly("17b");
    }

    @Test
    void aMemoGroundWithAPersonsConsentIsPersonal() {
        assertThat(findings("Data Gaji dan Tunjangan Pegawai", "Pasal 17 huruf i UU 14/2008", "Penyalahgunaan informasi",
                "Dibuka setelah mendapatkan persetujuan tertulis dari yang bersangkutan"))
                .extracting(Finding::suggestion).containsExactly("17h");
    }

    @Test
    void aConsequenceQuotingAnotherPoint() {
        assertThat(findings("Data pegawai", "Pasal 17 huruf h angka 2 UU 14/2008",
                "Mengungkap riwayat dan kondisi anggota keluarga", "Atas persetujuan yang bersangkutan"))
                .extracting(Finding::suggestion).containsExactly("17h1");
        assertThat(findings("Hasil Penilaian penerimaan pegawai", "Pasal 17 huruf i UU 14/2008",
                "Dapat mengungkap kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang", "Sampai pensiun"))
                .extracting(Finding::suggestion).containsExactly("17h4");
    }

    @Test
    void aNarrowLetterNothingInTheRowSupports() {
        assertThat(findings("Laporan keuangan sebelum diaudit", "UU 14/2008 Pasal 17 huruf d", "Hanya untuk kepentingan pemeriksaan", "1 tahun"))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(EntryValidator.GROUND_NOT_SUPPORTED);
                    assertThat(f.args()).startsWith("17d");
                });
    }

    @Test
    void rowsWhoseWordsFitTheirGroundAreLeftAlone() {
        assertThat(findings("Data dan isi rekam medis pasien", "UU 14/2008 Pasal 17 huruf h angka 2", "Mengungkap rahasia kesehatan pasien",
                "Atas persetujuan pasien")).isEmpty();
        // 17j: a statute may forbid disclosure of anything, so the row's words do not judge it
        assertThat(findings("Data dan isi rekam medis pasien", "UU 14/2008 Pasal 17 huruf j; UU 29/2004 Pasal 47",
                "Mengungkap rahasia kesehatan pasien", "Atas persetujuan pasien")).isEmpty();
        assertThat(findings("Arsip dinamis yang menurut sifatnya rahasia", "UU 14/2008 Pasal 17 huruf i",
                "Mengungkap memorandum yang menurut sifatnya rahasia", "Sampai kebijakan ditetapkan")).isEmpty();
    }
}
