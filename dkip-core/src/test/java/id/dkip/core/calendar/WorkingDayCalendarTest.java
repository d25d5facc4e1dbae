package id.dkip.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar cal = WorkingDayCalendar.standard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledDataCoversExactly2025And2026() {
        assertThat(cal.loadedYears()).containsExactly(2025, 2026);
        assertThat(cal.holidays()).hasSize(53); // every row of the published 2025 (28) and 2026 (25) lists
        assertThat(cal.holiday(d("2025-08-18"))).get().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Holiday.Kind.CUTI_BERSAMA);
            assertThat(h.name()).startsWith("Cuti bersama Hari Kemerdekaan RI");
        });
    }

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
            "2026-03-17, true",   // Tuesday before the Nyepi/Idul Fitri week
            "2026-03-18, false",  // cuti bersama Nyepi
            "2026-03-19, false",  // Hari Suci Nyepi
            "2026-03-20, false",  // cuti bersama Idul Fitri
            "2026-03-21, false",  // Idul Fitri (Saturday)
            "2026-03-22, false",  // Idul Fitri (Sunday)
            "2026-03-23, false",  // cuti bersama Idul Fitri
            "2026-03-24, false",  // cuti bersama Idul Fitri
            "2026-03-25, true",   // back at work
            "2025-08-15, true",
            "2025-08-17, false",  // Hari Kemerdekaan (Sunday)
            "2025-08-18, false",  // cuti bersama added by the amending decree of 7 August 2025
            "2025-08-19, true",
            "2026-01-03, false",  // plain Saturday
            "2026-01-05, true"    // plain Monday
    })
    void isWorkingDay(String date, boolean working) {
        assertThat(cal.isWorkingDay(d(date))).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2026-03-17, 0, 2026-03-17",
            "2026-03-17, 1, 2026-03-25",
            "2026-03-17, 10, 2026-04-08",
            "2026-03-13, 10, 2026-04-06",  // skips the whole Idul Fitri week and Good Friday 3 April
            "2026-03-17, 30, 2026-05-07",
            "2025-08-15, 1, 2025-08-19",   // skips Sunday 17 and the added 18 August
            "2025-08-15, 10, 2025-09-01",
            "2025-08-15, 30, 2025-09-30"
    })
    void addWorkingDays(String start, int n, String expected) {
        assertThat(cal.addWorkingDays(d(start), n)).isEqualTo(d(expected));
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({
            "2026-03-25, 1, 2026-03-17",
            "2026-05-04, 30, 2026-03-12",
            "2025-12-31, 30, 2025-11-17",
            "2026-03-25, 0, 2026-03-25"
    })
    void subtractWorkingDays(String start, int n, String expected) {
        assertThat(cal.subtractWorkingDays(d(start), n)).isEqualTo(d(expected));
    }

    @Test
    void addAndSubtractAreInverseFromAWorkingDay() {
        LocalDate start = d("2026-03-17");
        for (int n = 0; n < 60; n++) {
            LocalDate later = cal.addWorkingDays(start, n);
            assertThat(cal.subtractWorkingDays(later, n)).as("n=%d", n).isEqualTo(start);
            assertThat(cal.countWorkingDays(start, later)).as("n=%d", n).isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "({0}, {1}] = {2}")
    @CsvSource({
            "2026-03-17, 2026-03-25, 1",
            "2026-02-28, 2026-03-31, 17",
            "2025-07-31, 2025-08-31, 20",
            "2024-12-31, 2025-12-31, 237",
            "2025-12-31, 2026-12-31, 240",
            "2026-03-25, 2026-03-17, -1",
            "2026-03-18, 2026-03-18, 0"
    })
    void countWorkingDays(String from, String to, int expected) {
        if (from.startsWith("2024")) {
            // 2024 is not loaded: counting from its last day must fail, never guess
            assertThatThrownBy(() -> cal.countWorkingDays(d(from), d(to))).isInstanceOf(CalendarRangeException.class);
            return;
        }
        assertThat(cal.countWorkingDays(d(from), d(to))).isEqualTo(expected);
    }

    @Test
    void wholeYearsCount() {
        assertThat(cal.countWorkingDays(d("2025-01-01"), d("2025-12-31")) + (cal.isWorkingDay(d("2025-01-01")) ? 1 : 0)).isEqualTo(237);
    }

    @Test
    void dateOutsideLoadedYearsFailsNamingDateAndYears() {
        assertThatThrownBy(() -> cal.isWorkingDay(d("2027-01-04")))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining("2027-01-04")
                .hasMessageContaining("[2025, 2026]")
                .satisfies(e -> {
                    CalendarRangeException cre = (CalendarRangeException) e;
                    assertThat(cre.getDate()).isEqualTo(d("2027-01-04"));
                    assertThat(cre.getLoadedYears()).containsExactly(2025, 2026);
                });
        // crossing into 2027 while adding: fails on the first date of 2027, not with a guessed answer
        assertThatThrownBy(() -> cal.addWorkingDays(d("2026-12-28"), 5))
                .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2027-01-01");
        assertThatThrownBy(() -> cal.subtractWorkingDays(d("2025-01-03"), 5))
                .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> cal.countWorkingDays(d("2026-12-01"), d("2027-02-01")))
                .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2027-02-01");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> cal.addWorkingDays(d("2026-03-17"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cal.subtractWorkingDays(d("2026-03-17"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String CSV_2027 = """
            date,kind,name
            # SKB 3 Menteri 2027 (test data)
            2027-01-01,libur,Tahun Baru Masehi
            2027-01-05,cuti_bersama,"Cuti bersama, contoh"
            """;

    @Test
    void adminFileAdds2027WithoutTouchingTheBundle() {
        WorkingDayCalendar extended = cal.extendedWith(new StringReader(CSV_2027));
        assertThat(extended.loadedYears()).containsExactly(2025, 2026, 2027);
        // Tue 29, Wed 30, Thu 31 Dec; Fri 1 Jan holiday; Mon 4 Jan; Tue 5 Jan cuti bersama; Wed 6 Jan
        assertThat(extended.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(d("2027-01-06"));
        assertThat(extended.holiday(d("2027-01-05"))).get().extracting(Holiday::name).isEqualTo("Cuti bersama, contoh");
        assertThat(cal.loadedYears()).containsExactly(2025, 2026);
    }

    @Test
    void adminFileFromLocationsOptionalAndRequired(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hari-libur-2027.csv");
        Files.writeString(file, CSV_2027, StandardCharsets.UTF_8);
        WorkingDayCalendar extended = WorkingDayCalendar.standardWith("file:" + file + ", optional:file:" + dir.resolve("absent.csv"));
        assertThat(extended.loadedYears()).containsExactly(2025, 2026, 2027);
        assertThat(extended.isWorkingDay(d("2027-01-01"))).isFalse();

        assertThat(WorkingDayCalendar.standardWith("optional:classpath:alfresco/extension/dkip/hari-libur.csv").loadedYears())
                .containsExactly(2025, 2026);
        assertThat(WorkingDayCalendar.standardWith("  ")).isSameAs(WorkingDayCalendar.standard());
        assertThatThrownBy(() -> WorkingDayCalendar.standardWith("file:" + dir.resolve("absent.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.csv");
    }

    @Test
    void amendingDecreeCanCancelADay() {
        WorkingDayCalendar amended = cal.extendedWith(new StringReader("2025-08-18,batal,Cuti bersama dibatalkan\n"));
        assertThat(amended.isWorkingDay(d("2025-08-18"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-08-18"))).isFalse();
    }

    @Test
    void badRowsFailNamingSourceAndLine() {
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("date,kind,name\n2027-13-01,libur,X\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("2027-13-01");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("2027-01-01,holiday,X\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holiday");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("# nothing\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No holiday data");
    }
}
