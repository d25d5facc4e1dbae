package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExemptionDatesTest {

    private final ExemptionDates dates = new ExemptionDates(WorkingDayCalendar.standard());
    private final PeriodParser periods = new PeriodParser();

    @Test
    void expiryFromYearsAndStart() {
        DkipEntry e = DkipEntry.builder().period(periods.parse("5 tahun sejak ditetapkan")).skDate(LocalDate.of(2025, 4, 30)).build();
        assertThat(dates.expiry(e)).contains(LocalDate.of(2030, 4, 30));
        DkipEntry withStart = e.toBuilder().periodStart(LocalDate.of(2025, 5, 2)).build();
        assertThat(dates.expiry(withStart)).contains(LocalDate.of(2030, 5, 2));
    }

    @Test
    void expiryFromFixedDateEventAndPermanent() {
        assertThat(dates.expiry(DkipEntry.builder().period(periods.parse("sampai 31 Desember 2030")).build()))
                .as("inclusive: opens the day after").contains(LocalDate.of(2031, 1, 1));
        assertThat(dates.expiry(DkipEntry.builder().period(periods.parse("Atas persetujuan pasien")).build())).isEmpty();
        assertThat(dates.expiry(DkipEntry.builder().period(periods.parse("permanen")).build())).isEmpty();
        assertThat(dates.expiry(DkipEntry.builder().period(periods.parse("20 Tahun")).build())).as("no start").isEmpty();
        assertThat(dates.expiry(DkipEntry.builder().expiryDate(LocalDate.of(2026, 6, 30)).build())).contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void reviewDateIs30WorkingDaysBeforeExpiry() {
        // 30 working days before Mon 4 May 2026 skips the Nyepi / Idul Fitri week and Good Friday
        assertThat(dates.reviewDate(LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(dates.reviewDate(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 11, 17));
        DkipEntry e = DkipEntry.builder().period(periods.parse("sampai 3 Mei 2026")).build();
        assertThat(dates.reviewDate(e)).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void reviewWorkingDaysConfigurable() {
        ExemptionDates ten = new ExemptionDates(WorkingDayCalendar.standard(), 10);
        assertThat(ten.reviewDate(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThatThrownBy(() -> new ExemptionDates(WorkingDayCalendar.standard(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiryBeyondLoadedYearsGetsAProvisionalReviewDate() {
        // an exemption expiring in 2036 (a real repository had none): Tuesday 30 April 2036, 30 working days back
        // over weekends and the computable holidays (Good Friday 11 April 2036)
        LocalDate expiry = LocalDate.of(2036, 4, 30);
        var marked = dates.reviewDateMarked(expiry);
        assertThat(marked.provisional()).isTrue();
        assertThat(marked.date()).isEqualTo(LocalDate.of(2036, 3, 18));
        assertThat(dates.reviewDateIfCovered(expiry)).contains(marked.date());
        assertThat(dates.reviewDateMarked(LocalDate.of(2026, 5, 4)).provisional()).isFalse();
        assertThat(dates.reviewDateMarked(LocalDate.of(2025, 1, 10))).as("reaches back into 2024")
                .satisfies(d -> assertThat(d.provisional()).isTrue());
        // a strict calendar (no provisional rules) still refuses to guess
        ExemptionDates strict = new ExemptionDates(WorkingDayCalendar.fromCsv(new java.io.StringReader(
                "2026,lengkap,SKB 2026 (test)\n2026-01-01,libur,Tahun Baru Masehi\n")));
        assertThatThrownBy(() -> strict.reviewDate(expiry)).isInstanceOf(CalendarRangeException.class).hasMessageContaining("2036");
        assertThat(strict.reviewDateIfCovered(expiry)).isEmpty();
    }

    @Test
    void inclusiveEndDateOpensTheNextDayNeverOnTheLastExemptDay() {
        DkipEntry e = DkipEntry.builder().period(periods.parse("sampai dengan 31 Desember 2026")).build();
        assertThat(dates.expiry(e)).contains(LocalDate.of(2027, 1, 1));
        DkipEntry sd = DkipEntry.builder().period(periods.parse("s.d. 30 Juni 2026")).build();
        assertThat(dates.expiry(sd)).contains(LocalDate.of(2026, 7, 1));
    }

    @Test
    void oneYearFrom29FebruaryOpensOn1March() {
        DkipEntry leap = DkipEntry.builder().period(periods.parse("1 tahun")).periodStart(LocalDate.of(2024, 2, 29)).build();
        assertThat(dates.expiry(leap)).contains(LocalDate.of(2025, 3, 1));
        DkipEntry fourYears = leap.toBuilder().period(periods.parse("4 tahun")).build();
        assertThat(dates.expiry(fourYears)).as("a leap year again").contains(LocalDate.of(2028, 2, 29));
        DkipEntry ordinary = leap.toBuilder().periodStart(LocalDate.of(2025, 2, 28)).build();
        assertThat(dates.expiry(ordinary)).contains(LocalDate.of(2026, 2, 28));
    }
}
