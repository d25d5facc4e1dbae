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
        // (2024-12-31, ...] counts 2025 days only: the start year need not be loaded
        assertThat(cal.countWorkingDays(d(from), d(to))).isEqualTo(expected);
    }

    @Test
    void wholeYearsCount() {
        assertThat(cal.countWorkingDays(d("2025-01-01"), d("2025-12-31")) + (cal.isWorkingDay(d("2025-01-01")) ? 1 : 0)).isEqualTo(237);
    }

    @Test
    void aYearWithoutItsDecreeIsComputedProvisionallyAndSaysSo() {
        // 2027 has no decree: weekends, the fixed-date holidays and the Easter-bound ones only
        assertThat(cal.isProvisional(d("2027-01-04"))).isTrue();
        assertThat(cal.isWorkingDay(d("2027-01-01"))).as("Tahun Baru Masehi, fixed").isFalse();
        assertThat(cal.isWorkingDay(d("2027-03-26"))).as("Good Friday 2027, Easter 28 March").isFalse();
        assertThat(cal.isWorkingDay(d("2027-05-06"))).as("Ascension 2027").isFalse();
        assertThat(cal.holiday(d("2027-08-17"))).get().extracting(Holiday::name).isEqualTo("Hari Kemerdekaan RI");
        // Monday 28 Dec 2026 + 5: Tue 29, Wed 30, Thu 31, (Fri 1 Jan holiday), Mon 4, Tue 5 Jan 2027
        ComputedDate due = cal.addWorkingDaysMarked(d("2026-12-28"), 5);
        assertThat(due).isEqualTo(new ComputedDate(d("2027-01-05"), true));
        assertThat(cal.addWorkingDaysMarked(d("2026-12-28"), 3)).isEqualTo(new ComputedDate(d("2026-12-31"), false));
        // only the days looked at matter: 31 Dec 2024 + 1 needs 2025 only, and is final
        assertThat(cal.addWorkingDaysMarked(d("2024-12-31"), 1)).isEqualTo(new ComputedDate(d("2025-01-02"), false));
        assertThat(cal.subtractWorkingDaysMarked(d("2025-01-03"), 2)).isEqualTo(new ComputedDate(d("2024-12-31"), true));
        assertThat(cal.anyProvisional(d("2026-12-01"), d("2027-02-01"))).isTrue();
        assertThat(cal.anyProvisional(d("2025-01-01"), d("2026-12-31"))).isFalse();
    }

    @Test
    void aStrictCalendarWithoutRulesStillRefusesToGuess() {
        WorkingDayCalendar strict = WorkingDayCalendar.fromCsv(new StringReader("2026,lengkap,SKB 2026 (test)\n2026-12-25,libur,Natal\n"));
        assertThatThrownBy(() -> strict.isWorkingDay(d("2027-01-04")))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining("2027-01-04")
                .hasMessageContaining("[2026]")
                .satisfies(e -> assertThat(((CalendarRangeException) e).getLoadedYears()).containsExactly(2026));
        assertThatThrownBy(() -> strict.addWorkingDays(d("2026-12-28"), 5))
                .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2027-01-01");
        assertThat(strict.addWorkingDays(d("2025-12-31"), 1)).as("start year not loaded, not looked at").isEqualTo(d("2026-01-01"));
    }

    @Test
    void provisionalRulesReproduceThePublishedFixedAndEasterBoundHolidays() {
        ProvisionalRules rules = ProvisionalRules.standard();
        for (int year : new int[] {2025, 2026}) {
            for (Holiday h : rules.daysOff(year)) {
                assertThat(cal.holiday(h.date())).as(h.name() + " " + h.date()).isPresent();
            }
            assertThat(rules.daysOff(year)).hasSize(7);
        }
        assertThat(ProvisionalRules.easterSunday(2027)).isEqualTo(d("2027-03-28"));
        assertThat(ProvisionalRules.easterSunday(2036)).isEqualTo(d("2036-04-13"));
        assertThat(ProvisionalRules.none().daysOff(2027)).isEmpty();
    }

    @Test
    void aFileWithOneRowIsNotAWholeYear() {
        WorkingDayCalendar oneRow = cal.extendedWith(new StringReader("2027-01-05,cuti_bersama,Cuti bersama contoh\n"));
        assertThat(oneRow.loadedYears()).containsExactly(2025, 2026);
        assertThat(oneRow.isProvisional(d("2027-01-05"))).isTrue();
        assertThat(oneRow.isWorkingDay(d("2027-01-05"))).as("the row given is used").isFalse();
        assertThat(oneRow.isWorkingDay(d("2027-01-01"))).as("the rules still apply").isFalse();
        assertThat(oneRow.addWorkingDaysMarked(d("2026-12-31"), 1)).isEqualTo(new ComputedDate(d("2027-01-04"), true));
        // declared complete: the year is final
        WorkingDayCalendar complete = oneRow.extendedWith(new StringReader("2027,lengkap,SKB 3 Menteri 2027 (test)\n"));
        assertThat(complete.loadedYears()).containsExactly(2025, 2026, 2027);
        assertThat(complete.source(2027)).contains("SKB 3 Menteri 2027 (test)");
        assertThat(complete.addWorkingDaysMarked(d("2026-12-31"), 1).provisional()).isFalse();
        assertThat(complete.isWorkingDay(d("2027-03-26"))).as("complete: only the decree's days, no rule").isTrue();
    }

    @Test
    void reloadSwapsTheDataForEveryHolderAndNamesTheNewYears() {
        WorkingDayCalendar shared = WorkingDayCalendar.standardWith(null);
        ComputedDate before = shared.addWorkingDaysMarked(d("2026-12-31"), 1);
        assertThat(before.provisional()).isTrue();
        assertThat(shared.reload(shared.extendedWith(new StringReader(CSV_2027)))).containsExactly(2027);
        ComputedDate after = shared.addWorkingDaysMarked(d("2026-12-31"), 1);
        assertThat(after).isEqualTo(new ComputedDate(d("2027-01-04"), false));
        assertThat(new ProvisionalDates(shared).stillProvisional(d("2026-12-31"), d("2027-01-04"))).isFalse();
        assertThatThrownBy(() -> WorkingDayCalendar.standard().reload(shared)).isInstanceOf(IllegalStateException.class);
        assertThat(WorkingDayCalendar.standard().loadedYears()).containsExactly(2025, 2026);
    }

    @Test
    void fromOctoberTheMissingNextYearIsWarned() {
        assertThat(cal.missingNextYear(d("2026-09-30"))).isEmpty();
        assertThat(cal.missingNextYear(d("2026-10-01"))).hasValue(2027);
        assertThat(cal.missingNextYear(d("2026-12-31"))).hasValue(2027);
        assertThat(cal.missingNextYear(d("2025-10-01"))).as("2026 is loaded").isEmpty();
        assertThat(CalendarMessages.get(CalendarMessages.INDONESIAN, "calendar.nextYearMissing", 2027))
                .contains("tahun 2027", "sementara");
        assertThat(CalendarMessages.get(java.util.Locale.ENGLISH, "calendar.nextYearMissing", 2027)).contains("provisional");
        assertThat(ProvisionalDates.print("18 Maret 2036", true)).isEqualTo("18 Maret 2036 (sementara)");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> cal.addWorkingDays(d("2026-03-17"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cal.subtractWorkingDays(d("2026-03-17"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String CSV_2027 = """
            date,kind,name
            # SKB 3 Menteri 2027 (test data)
            2027,lengkap,SKB 3 Menteri 2027 (test data)
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
        assertThat(WorkingDayCalendar.standardWith("  ")).isNotSameAs(WorkingDayCalendar.standard())
                .satisfies(c -> assertThat(c.loadedYears()).containsExactly(2025, 2026));
        assertThatThrownBy(() -> WorkingDayCalendar.standardWith("file:" + dir.resolve("absent.csv")))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("absent.csv")
                .hasMessageContaining("tidak dapat dibaca");
    }

    @Test
    void amendingDecreeCanCancelADay() {
        WorkingDayCalendar amended = cal.extendedWith(new StringReader("2025-08-18,batal,Cuti bersama dibatalkan\n"));
        assertThat(amended.isWorkingDay(d("2025-08-18"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-08-18"))).isFalse();
    }

    @Test
    void badRowsFailNamingSourceAndLineInIndonesianFirst() {
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("date,kind,name\n2027-13-01,libur,X\n")))
                .isInstanceOfSatisfying(HolidayFileException.class, e -> {
                    assertThat(e.getMessage()).contains("Baris hari libur salah", "baris 2", "2027-13-01", "YYYY-MM-DD");
                    assertThat(e.message(java.util.Locale.ENGLISH)).contains("Bad holiday row", "line 2", "2027-13-01");
                    assertThat(e.message(CalendarMessages.INDONESIAN)).isEqualTo(e.getMessage());
                });
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("2027-01-01,holiday,X\n")))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("holiday").hasMessageContaining("tidak dikenal");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("2027-01-01,lengkap,X\n")))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("penanda kelengkapan");
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("2027,lengkap,\n")))
                .as("a completeness marker must name its source").isInstanceOf(HolidayFileException.class);
        assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(new StringReader("# nothing\n2027-01-01,libur,X\n")))
                .isInstanceOfSatisfying(HolidayFileException.class, e -> {
                    assertThat(e.getMessage()).contains("Tidak ada data hari libur yang dinyatakan lengkap");
                    assertThat(e.message(java.util.Locale.ENGLISH)).contains("No holiday data declared complete");
                });
        assertThatThrownBy(() -> ProvisionalRules.parse(new StringReader("tetap,13-45,X\n"), "aturan.csv"))
                .isInstanceOf(HolidayFileException.class).hasMessageContaining("aturan.csv").hasMessageContaining("baris 1");
    }
}
