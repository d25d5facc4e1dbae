package id.dkip.core.documents.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianTextTest {

    /** Hand-written from the rules of Indonesian numerals, independent of the implementation. */
    private static final List<String> ZERO_TO_NINETEEN = List.of("nol", "satu", "dua", "tiga", "empat", "lima",
            "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "dua belas", "tiga belas", "empat belas",
            "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas");
    private static final List<String> DAYS_OF_MONTH = List.of("satu", "dua", "tiga", "empat", "lima", "enam",
            "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "dua belas", "tiga belas", "empat belas",
            "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
            "dua puluh satu", "dua puluh dua", "dua puluh tiga", "dua puluh empat", "dua puluh lima",
            "dua puluh enam", "dua puluh tujuh", "dua puluh delapan", "dua puluh sembilan", "tiga puluh",
            "tiga puluh satu");

    @ParameterizedTest
    @CsvSource({
            "0, nol", "1, satu", "10, sepuluh", "11, sebelas", "12, dua belas", "19, sembilan belas", "20, dua puluh",
            "28, dua puluh delapan", "99, sembilan puluh sembilan", "100, seratus", "101, seratus satu",
            "111, seratus sebelas", "200, dua ratus", "999, sembilan ratus sembilan puluh sembilan", "1000, seribu",
            "1001, seribu satu", "1100, seribu seratus", "2000, dua ribu", "2021, dua ribu dua puluh satu",
            "11000, sebelas ribu", "100000, seratus ribu", "101000, seratus satu ribu", "1000000, satu juta",
            "2500000, dua juta lima ratus ribu", "1000000000, satu miliar",
            "3004005006, tiga miliar empat juta lima ribu enam", "1000000000000, satu triliun"})
    void numbersInWords(long n, String words) {
        assertThat(NumberWords.of(n)).isEqualTo(words);
    }

    @Test
    void everyNumberToAMillionReadsBackToItself() {
        for (int n = 0; n <= 1_000_000; n += (n < 20_000 ? 1 : 997)) {
            assertThat(parse(NumberWords.of(n))).as("%d", n).isEqualTo(n);
        }
    }

    @Test
    void everyDateInWordsFrom2000To2099() {
        Map<DayOfWeek, String> days = Map.of(DayOfWeek.MONDAY, "Senin", DayOfWeek.TUESDAY, "Selasa",
                DayOfWeek.WEDNESDAY, "Rabu", DayOfWeek.THURSDAY, "Kamis", DayOfWeek.FRIDAY, "Jumat",
                DayOfWeek.SATURDAY, "Sabtu", DayOfWeek.SUNDAY, "Minggu");
        List<String> months = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember");
        for (int year = 2000; year <= 2099; year++) {
            int yy = year % 100;
            String yearWords = "dua ribu" + (yy == 0 ? "" : " " + (yy < 20 ? ZERO_TO_NINETEEN.get(yy)
                    : ZERO_TO_NINETEEN.get(yy / 10) + " puluh" + (yy % 10 == 0 ? "" : " " + ZERO_TO_NINETEEN.get(yy % 10))));
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                IndonesianDates.DateInWords w = IndonesianDates.inWords(d, false);
                assertThat(w.opening()).isEqualTo("Pada hari ini " + days.get(d.getDayOfWeek()) + " tanggal "
                        + DAYS_OF_MONTH.get(d.getDayOfMonth() - 1) + " bulan " + months.get(d.getMonthValue() - 1)
                        + " tahun " + yearWords);
            }
        }
    }

    @Test
    void theBeritaAcaraOpeningAsTheConventionWritesIt() {
        LocalDate d = LocalDate.of(2021, 4, 28);
        assertThat(IndonesianDates.inWords(d, false).opening()).isEqualTo(
                "Pada hari ini Rabu tanggal dua puluh delapan bulan April tahun dua ribu dua puluh satu");
        assertThat(IndonesianDates.inWords(d, true).opening()).isEqualTo(
                "Pada hari ini Rabu tanggal Dua Puluh Delapan bulan April tahun Dua Ribu Dua Puluh Satu");
        assertThat(IndonesianDates.inWords(LocalDate.of(2021, 4, 1), false).dayOfMonth()).isEqualTo("satu");
        assertThat(IndonesianDates.inWords(LocalDate.of(2021, 4, 11), false).dayOfMonth()).isEqualTo("sebelas");
        assertThat(IndonesianDates.inWords(LocalDate.of(2000, 1, 1), true).year()).isEqualTo("Dua Ribu");
    }

    @Test
    void datesTimesNip() {
        assertThat(IndonesianDates.format(LocalDate.of(2021, 4, 13))).isEqualTo("13 April 2021");
        assertThat(IndonesianDates.format(LocalDate.of(2026, 12, 1))).isEqualTo("1 Desember 2026");
        assertThat(IndonesianDates.time(LocalTime.of(10, 0), "WIB")).isEqualTo("pukul 10.00 WIB");
        assertThat(IndonesianDates.time(LocalTime.of(8, 5), "WITA")).isEqualTo("pukul 08.05 WITA");
        assertThat(IndonesianDates.dayName(LocalDate.of(2026, 11, 27))).isEqualTo("Jumat");
        assertThat(Nip.format("197204151994031003")).isEqualTo("19720415 199403 1 003");
        assertThat(Nip.format("19720415 199403 1 003")).isEqualTo("19720415 199403 1 003");
        assertThat(Nip.format("19720415.199403.1.003")).isEqualTo("19720415 199403 1 003");
        assertThat(Nip.format(" 12345 ")).isEqualTo("12345");
    }

    @Test
    void dictumWordsAndRomanMonths() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream().map(Diktum::word).toList()).containsExactly(
                "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN",
                "KESEPULUH");
        assertThat(Diktum.word(11)).isEqualTo("KESEBELAS");
        assertThat(Diktum.word(12)).isEqualTo("KEDUA BELAS");
        assertThat(List.of(1, 4, 9, 12).stream().map(RomanNumerals::of).toList())
                .containsExactly("I", "IV", "IX", "XII");
    }

    @Test
    void decreeNumberPatternPerAgency() {
        LocalDate d = LocalDate.of(2021, 4, 13);
        assertThat(DecreeNumberPattern.of("050/{serial}-Sekret/{romanMonth}/{year}").format(3953, d))
                .isEqualTo("050/3953-Sekret/IV/2021");
        assertThat(DecreeNumberPattern.of("188.4/Kep.{serial:3}-Diskominfo/{month}/{year}").format(7, d))
                .isEqualTo("188.4/Kep.007-Diskominfo/04/2021");
        assertThatThrownBy(() -> DecreeNumberPattern.of("050/{nomor}/{year}"))
                .hasMessageContaining("{nomor}");
        assertThatThrownBy(() -> DecreeNumberPattern.of("050/{year}")).hasMessageContaining("{serial}");
    }

    @Test
    void templateTextNamesAnUnknownPlaceholder() {
        assertThat(TemplateText.fill("Di ${agency}, ${place}.", Map.of("agency", "Dinkes", "place", "Tangerang")))
                .isEqualTo("Di Dinkes, Tangerang.");
        assertThatThrownBy(() -> TemplateText.fill("${agensi}", Map.of("agency", "x")))
                .hasMessageContaining("${agensi}").hasMessageContaining("${agency}");
    }

    @Test
    void groundsAndTitleCase() {
        assertThat(EntryText.ground("17h2")).isEqualTo("Pasal 17 huruf h angka 2");
        assertThat(EntryText.ground("17i")).isEqualTo("Pasal 17 huruf i");
        assertThat(EntryText.titleCase("PENETAPAN DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN DI LINGKUNGAN DINAS"))
                .isEqualTo("Penetapan Daftar Informasi Publik yang Dikecualikan di Lingkungan Dinas");
    }

    /** An independent reader of Indonesian number words (the inverse of what is tested). */
    private static long parse(String words) {
        long total = 0;
        long group = 0;
        long current = 0;
        for (String w : words.split(" ")) {
            switch (w) {
                case "nol" -> current += 0;
                case "sepuluh" -> current += 10;
                case "sebelas" -> current += 11;
                case "seratus" -> current += 100;
                case "seribu" -> total += 1000;
                case "belas" -> current += 10;
                case "puluh" -> current *= 10;
                case "ratus" -> current *= 100;
                case "ribu" -> { total += (group + current) * 1000; group = 0; current = 0; }
                case "juta" -> { total += (group + current) * 1_000_000; group = 0; current = 0; }
                default -> {
                    int unit = ZERO_TO_NINETEEN.indexOf(w);
                    assertThat(unit).as("word '%s' in '%s'", w, words).isBetween(1, 9);
                    group += current;
                    current = unit;
                }
            }
        }
        return total + group + current;
    }
}
