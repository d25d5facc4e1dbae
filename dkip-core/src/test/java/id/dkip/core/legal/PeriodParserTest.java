package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.ExemptionPeriod.Kind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();

    @ParameterizedTest(name = "{0} -> {1} years")
    @CsvSource(delimiter = '|', value = {
            "20 Tahun | 20",
            "5 tahun sejak ditetapkan | 5",
            "5 (lima) tahun | 5",
            "lima tahun | 5",
            "Selama dua puluh lima tahun | 25",
            "sepuluh tahun sejak SK | 10",
            "30 thn | 30",
            "dua belas tahun | 12"
    })
    void years(String text, int years) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.YEARS);
        assertThat(p.years()).isEqualTo(years);
        assertThat(p.original()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "sampai 31 Desember 2030 | 2030-12-31",
            "Sampai dengan tanggal 1 Agustus 2027 | 2027-08-01",
            "s.d. 31-12-2030 | 2030-12-31",
            "hingga 2028-06-30 | 2028-06-30",
            "sampai 30 Nopember 2029 | 2029-11-30",
            "sampai akhir tahun 2030 | 2030-12-31"
    })
    void untilDate(String text, String date) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.UNTIL_DATE);
        assertThat(p.untilDate()).isEqualTo(LocalDate.parse(date));
        assertThat(p.original()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "sampai proses hukum selesai",
            "Apabila mendapat persetujuan yang bersangkutan dan kepentingan khusus",
            "Atas persetujuan pasien",
            "Sampai dengan diperlukan untuk keperluan proses hukum",
            "atas persetujuan yang bersangkutan",
            "Selama pasien masih hidup",
            "Setelah ada putusan pengadilan yang berkekuatan hukum tetap"
    })
    void untilEvent(String text) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.UNTIL_EVENT);
        assertThat(p.event()).isEqualTo(text);
        assertThat(p.original()).isEqualTo(text);
        assertThat(p.isEventBound()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"permanen", "Permanen", "Tidak terbatas", "tidak terbatas waktu", "Selamanya", "tanpa batas waktu"})
    void permanent(String text) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(p.original()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "-", "\u2013"})
    void emptyIsUnspecified(String text) {
        assertThat(parser.parse(text).kind()).isEqualTo(Kind.UNSPECIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"menyesuaikan", "lihat lampiran", "0 tahun", "sampai 2030", "s.d. tahun 2030", "6 bulan"})
    void unreadableIsUnspecifiedWithOriginalKept(String text) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(p.original()).isEqualTo(text);
    }
}
