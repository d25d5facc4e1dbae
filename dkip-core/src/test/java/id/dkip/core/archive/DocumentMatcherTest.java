package id.dkip.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.register.DkipEntry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentMatcherTest {

    final DocumentMatcher matcher = DocumentMatcher.standard();

    static DkipEntry entry(String id, String information, String sk) {
        return DkipEntry.builder().id(id).information(information).skNumber(sk).build();
    }

    final List<DkipEntry> entries = List.of(
            entry("r1", "Rekam medis pasien", "188.4/12-Dinkes/2026"),
            entry("r2", "Identitas pelapor pengaduan masyarakat", "188.4/12-Dinkes/2026"),
            entry("r3", "Data keuangan pribadi pegawai", null),
            entry("r4", "Hasil pemeriksaan kesehatan pegawai", null));

    @Test
    void aFileNamedAfterTheInformationMatchesItsEntry() {
        MatchResult r = matcher.match(DocumentFacts.named("Rekam_Medis_Pasien_Januari_2026.pdf"), entries);
        assertThat(r.matched()).isTrue();
        assertThat(r.entry().id()).isEqualTo("r1");
        assertThat(r.candidates().get(0).score()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void titleAndDescriptionCountToo() {
        MatchResult r = matcher.match(new DocumentFacts("scan0001.pdf", "Pengaduan masyarakat", "identitas pelapor dirahasiakan"), entries);
        assertThat(r.match()).map(DkipEntry::id).contains("r2");
    }

    @Test
    void anUnrelatedDocumentWaitsWithAVisibleReason() {
        MatchResult r = matcher.match(DocumentFacts.named("Jadwal_Imunisasi_Posyandu.xlsx"), entries);
        assertThat(r.matched()).isFalse();
        assertThat(r.reasonCode()).isEqualTo(MatchResult.NO_MATCH);
        assertThat(r.reasonId()).contains("Jadwal_Imunisasi_Posyandu.xlsx").contains("Arsipkan sebagai informasi dikecualikan");
        assertThat(r.reason(Locale.ENGLISH)).startsWith("No DKIP entry matches");
    }

    @Test
    void twoEquallyGoodEntriesAreNeverGuessed() {
        MatchResult r = matcher.match(DocumentFacts.named("pegawai.pdf"), entries);
        assertThat(r.matched()).isFalse();
        assertThat(r.reasonCode()).isIn(MatchResult.AMBIGUOUS, MatchResult.LOW_CONFIDENCE);
        assertThat(r.candidates()).extracting(c -> c.entry().id()).contains("r3", "r4");
        assertThat(r.reasonId()).contains("r3").contains("r4");
    }

    @Test
    void aNearlyEqualPairIsAmbiguousEvenAboveTheThreshold() {
        List<DkipEntry> twins = List.of(entry("a", "Rekam medis pasien rawat inap", null), entry("b", "Rekam medis pasien rawat jalan", null));
        MatchResult r = matcher.match(DocumentFacts.named("rekam medis pasien rawat.pdf"), twins);
        assertThat(r.reasonCode()).isEqualTo(MatchResult.AMBIGUOUS);
        assertThat(r.reasonId()).startsWith("Lebih dari satu entri DKIP cocok");
    }

    @Test
    void anEntryIdInTheFileNameIsDecisive() {
        List<DkipEntry> withIds = List.of(entry("DKIP-2026-014", "Rekam medis pasien", null), entry("DKIP-2026-015", "Rekam medis pasien rujukan", null));
        MatchResult r = matcher.match(DocumentFacts.named("DKIP-2026-015 lampiran.pdf"), withIds);
        assertThat(r.match()).map(DkipEntry::id).contains("DKIP-2026-015");
    }

    @Test
    void noEstablishedEntriesMeansWaiting() {
        MatchResult r = matcher.match(DocumentFacts.named("Rekam medis.pdf"), List.of());
        assertThat(r.reasonCode()).isEqualTo(MatchResult.NO_CANDIDATES);
        assertThat(r.reasonId()).isNotBlank();
    }
}
