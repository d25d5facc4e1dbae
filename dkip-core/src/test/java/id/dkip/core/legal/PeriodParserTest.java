package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.ExemptionPeriod.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
            "Setelah ada putusan pengadilan yang berkekuatan hukum tetap",
            "Terbatas sampai ditetapkannya pemenang lelang",
            "Dibuka setelah mendapatkan persetujuan tertulis dari yang bersangkutan",
            "Selama proses pemeriksaan berlangsung hingga ada putusan",
            "Dikecualikan sampai proses hukum selesai",
            "Dapat dibuka pada waktu pemeriksaan"
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
    @ValueSource(strings = {"menyesuaikan", "lihat lampiran", "0 tahun", "sampai 2030", "s.d. tahun 2030"})
    void unreadableIsUnspecifiedWithOriginalKept(String text) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(p.original()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "6 bulan | 0 | 6 | 6",
            "18 bulan | 1 | 6 | 18",
            "enam bulan | 0 | 6 | 6",
            "12 bulan | 1 | | 12"
    })
    void months(String text, int years, Integer months, int total) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.YEARS);
        assertThat(p.years()).isEqualTo(years);
        assertThat(p.months()).isEqualTo(months);
        assertThat(p.totalMonths()).isEqualTo(total);
        assertThat(p.expiry(java.time.LocalDate.of(2026, 1, 31))).contains(java.time.LocalDate.of(2026, 1, 31).plusMonths(total));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "5 tahun setelah keputusan disiplin | 5 | keputusan disiplin",
            "2 tahun setelah proses seleksi berakhir | 2 | proses seleksi berakhir",
            "3 (tiga) tahun sejak Pegawai Pensiun. | 3 | Pegawai Pensiun",
            "5 tahun sejak ditetapkan | 5 | ",
            "sepuluh tahun sejak SK | 10 | ",
            "4 tahun terhitung sejak tanggal penetapan | 4 | "
    })
    void durationsKeepTheirStartEvent(String text, int years, String startEvent) {
        ExemptionPeriod p = parser.parse(text);
        assertThat(p.kind()).isEqualTo(Kind.YEARS);
        assertThat(p.years()).isEqualTo(years);
        assertThat(p.startEvent()).isEqualTo(startEvent);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Selama Jangka Waktu Tertentu", "waktu tertentu", "Dalam jangka waktu yang ditentukan", "Sesuai kebutuhan"})
    void vagueWordingIsNoPeriod(String text) {
        assertThat(parser.parse(text).kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(PeriodParser.isVague(text)).isTrue();
        assertThat(PeriodParser.isVague("5 tahun")).isFalse();
    }

    @Test
    void aMegabyteCellIsReadToTheEnd() {
        // linear: a 1 MB cell (a pasted text) still gives its reading; the time is measured by the benchmark
        String cell = "Selama proses pemeriksaan " + "dan berlanjut hingga selesai ".repeat(35_000);
        assertThat(cell.length()).isGreaterThan(1_000_000);
        ExemptionPeriod p = parser.parse(cell);
        assertThat(p.kind()).isEqualTo(Kind.UNTIL_EVENT);
        assertThat(p.original()).isEqualTo(cell.strip());
        assertThat(parser.parse("x".repeat(1_100_000)).kind()).isEqualTo(Kind.UNSPECIFIED);
    }
}
