package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderDetectionTest {

    @Test
    void aDataRowIsNeverTakenIntoTheHeader() {
        // the second row has empty cells where a merged header would be; it is the first entry, not a header row
        RawTable t = new RawTable("t", List.of(
                List.of("No", "Informasi", "Dasar Hukum", "Jangka Waktu", "Akibat bila dibuka"),
                List.of("1", "Data pasien", "UU 14/2008 Pasal 17 huruf h angka 2", "", ""),
                List.of("2", "Rekam medis", "Pasal 17 huruf h angka 2", "5 tahun", "Mengungkap rahasia")), null);
        HeaderMapper.Header h = new HeaderMapper().findHeader(t);
        assertThat(h.firstRow()).isZero();
        assertThat(h.rowCount()).isEqualTo(1);
        assertThat(h.firstDataRow()).isEqualTo(1);
        assertThat(HeaderMapper.isDataRow(List.of("1", "Data pasien", "", ""))).isTrue();
        assertThat(HeaderMapper.isDataRow(List.of("Informasi", "Dasar UU KIP Pasal 17", "Jangka Waktu"))).isFalse();
        assertThat(HeaderMapper.isDataRow(List.of("(1)", "(2)", "(3)"))).isFalse();
    }

    @Test
    void theLegalBasisColumnIsRecognisedByItsContent() {
        RawTable t = new RawTable("t", List.of(
                List.of("No", "Konten Informasi", "Pertimbangan sesuai indikator konsekuensi", "Batas waktu", "Akibat apabila dibuka"),
                List.of("1", "Biodata pegawai", "UU No. 14 Tahun 2008 Pasal 17 huruf h angka 1", "Tidak terbatas", "Mengungkap data"),
                List.of("2", "Riwayat kesehatan", "UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2", "Tidak terbatas", "Mengungkap data")), null);
        HeaderMapper.Header h = new HeaderMapper().findHeader(t);
        assertThat(h.columns()).containsEntry(MatrixColumn.LEGAL_BASIS, 2).containsEntry(MatrixColumn.CONSEQUENCE_OPENED, 4);
        assertThat(h.isMatrix()).isTrue();
    }
}
