package id.dkip.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessRulesTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void sopTimesAreSixToFourteenWorkingDays() {
        StepDurations d = StepDurations.standard();
        assertThat(List.of(SopStep.values())).extracting(s -> d.minDays(s) + "-" + d.maxDays(s))
                .containsExactly("1-3", "1-3", "1-1", "1-3", "1-1", "1-3");
        assertThat(d.totalMinDays()).isEqualTo(6);
        assertThat(d.totalMaxDays()).isEqualTo(14);
    }

    @Test
    void durationsComeFromConfiguration() {
        Properties p = new Properties();
        p.setProperty("dkip.workflow.step.rapat.maxDays", "2");
        p.setProperty("dkip.workflow.step.usulan.minDays", "2");
        StepDurations d = StepDurations.fromProperties(p);
        assertThat(d.maxDays(SopStep.RAPAT)).isEqualTo(2);
        assertThat(d.window(SopStep.USULAN)).isEqualTo(new StepDurations.Window(2, 3));
        assertThat(d.totalMaxDays()).isEqualTo(15);
        p.setProperty("dkip.workflow.step.usulan.maxDays", "1");
        assertThatThrownBy(() -> StepDurations.fromProperties(p)).hasMessageContaining("dkip.workflow.step.usulan");
        p.setProperty("dkip.workflow.step.usulan.maxDays", "tiga");
        assertThatThrownBy(() -> StepDurations.fromProperties(p)).hasMessageContaining("dkip.workflow.step.usulan.maxDays");
    }

    @Test
    void dueDatesSkipWeekendsAndHolidays() {
        SopSchedule s = SopSchedule.standard();
        WorkingDayCalendar cal = WorkingDayCalendar.standard();
        // Friday 13 March 2026, 10:00: 3 working days later, counted by the calendar (Nyepi and Idul Fitri fall in March 2026)
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, WIB);
        StepDeadline d = s.deadline(SopStep.USULAN, start.toInstant());
        assertThat(d.dueDate()).isEqualTo(cal.addWorkingDays(LocalDate.of(2026, 3, 13), 3));
        assertThat(d.dueDate().getDayOfWeek().getValue()).isLessThan(6);
        assertThat(d.due().atZone(WIB).toLocalTime().getHour()).isEqualTo(23);
        assertThat(d.reminder().atZone(WIB).toLocalDate()).isEqualTo(cal.subtractWorkingDays(d.dueDate(), 1));
        assertThat(d.reminder().atZone(WIB).getHour()).isEqualTo(8);
        assertThat(d.escalation().atZone(WIB).toLocalDate()).isEqualTo(cal.addWorkingDays(d.dueDate(), 1));
        assertThat(d.escalation()).isAfter(d.due());
    }

    @Test
    void reminderOfAOneDayStepIsNeverBeforeTheStart() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 2, 14, 0, 0, 0, WIB);
        StepDeadline d = SopSchedule.standard().deadline(SopStep.RAPAT, start.toInstant());
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(d.reminder()).as("the next working day's notice hour, not the moment the task appears")
                .isEqualTo(ZonedDateTime.of(2026, 3, 3, 8, 0, 0, 0, WIB).toInstant());
    }

    @Test
    void reminderOfAStepStartedOnAWeekendWaitsForTheFirstWorkingDay() {
        // Saturday 7 March 2026, 10:00: a one-day step is due Monday 9 March; the old rule fired the reminder at once
        ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 10, 0, 0, 0, WIB);
        StepDeadline d = SopSchedule.standard().deadline(SopStep.RAPAT, saturday.toInstant());
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(d.reminder()).isEqualTo(ZonedDateTime.of(2026, 3, 9, 8, 0, 0, 0, WIB).toInstant());
        // a three-day step started on Saturday: one working day before its due date, never before Monday
        StepDeadline usulan = SopSchedule.standard().deadline(SopStep.USULAN, saturday.toInstant());
        assertThat(usulan.reminder()).isAfter(saturday.toInstant());
        assertThat(usulan.reminder().atZone(WIB).getDayOfWeek().getValue()).isLessThan(6);
    }

    @Test
    void beyondTheCalendarYearsCountsWeekdaysRatherThanStopping() {
        ZonedDateTime start = ZonedDateTime.of(2031, 1, 3, 9, 0, 0, 0, WIB); // a Friday
        StepDeadline d = SopSchedule.standard().deadline(SopStep.USULAN, start.toInstant());
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2031, 1, 8));
    }

    @ParameterizedTest
    @CsvSource({"7,3,4,false", "7,4,4,true", "8,4,5,false", "8,5,5,true", "1,1,1,true", "2,1,2,false", "0,0,1,false"})
    void quorumIsHalfPlusOne(int n, int present, int required, boolean reached) {
        List<String> members = IntStream.range(0, n).mapToObj(i -> "m" + i).toList();
        QuorumDecision q = Quorum.decide(members, members.subList(0, present));
        assertThat(q.required()).isEqualTo(required);
        assertThat(q.reached()).isEqualTo(reached);
        assertThat(q.reason()).contains(reached ? "tercapai" : "tidak");
    }

    @Test
    void attendeesWhoAreNotMembersDoNotCount() {
        QuorumDecision q = Quorum.decide(List.of("a", "b", "c"), List.of("a", "x", "y", "a"));
        assertThat(q.present()).isEqualTo(1);
        assertThat(q.reached()).isFalse();
        assertThat(q.notMembers()).containsExactly("x", "y");
    }

    @Test
    void meetingDecisionsAreParsedAndChecked() {
        List<EntryDecision> d = MeetingDecisions.parse("""
                # id | keputusan | uji konsekuensi | catatan
                e1 | terima | lulus |
                e2 | REVISI | ya | jangka waktu 5 tahun
                e3 | tolak | tidak | informasi terbuka
                """);
        assertThat(d).extracting(EntryDecision::verdict).containsExactly(Verdict.TERIMA, Verdict.REVISI, Verdict.TOLAK);
        assertThat(MeetingDecisions.problems(List.of("e1", "e2", "e3"), d)).isEmpty();
        assertThat(MeetingDecisions.parse(MeetingDecisions.format(d))).isEqualTo(d);

        List<EntryDecision> bad = List.of(new EntryDecision("e1", Verdict.TERIMA, false, ""),
                new EntryDecision("e2", Verdict.TOLAK, false, ""), new EntryDecision("zz", Verdict.TOLAK, false, "x"));
        assertThat(MeetingDecisions.problems(List.of("e1", "e2", "e3"), bad)).containsExactly(
                "Entri e1: dikecualikan (terima) tanpa uji konsekuensi yang lulus.",
                "Entri e2: keputusan tolak memerlukan catatan.",
                "Entri zz tidak ada dalam rancangan DKIP.",
                "Entri e3 belum diputuskan.");
        assertThatThrownBy(() -> MeetingDecisions.parse("e1 terima")).hasMessageContaining("baris 1");
        assertThatThrownBy(() -> MeetingDecisions.parse("e1 | setuju | lulus")).hasMessageContaining("setuju");
    }

    @Test
    void filingNeedsADocumentOrAReasonForEveryEstablishedEntry() {
        List<FilingItem> items = List.of(new FilingItem("e1", "arsip/e1.pdf", null), new FilingItem("e2", null, " "),
                new FilingItem("e3", null, "hanya basis data"), new FilingItem("e4", null, null));
        assertThat(FilingCompleteness.missing(items)).containsExactly("e2", "e4");
        assertThat(FilingCompleteness.message("YANKES", List.of("e2", "e4"))).contains("YANKES").contains("e2, e4");
        assertThat(FilingCompleteness.missing(List.of())).isEmpty();
    }

    @Test
    void amendmentRefersToThePreviousSk() {
        Amendment a = new Amendment(" 800/3/2026 ", LocalDate.of(2026, 3, 2), "800/12/2025");
        assertThat(a.isAmendment()).isTrue();
        assertThat(a.skNumber()).isEqualTo("800/3/2026");
        assertThat(new Amendment("800/1/2026", LocalDate.of(2026, 1, 5), " ").isAmendment()).isFalse();
        assertThatThrownBy(() -> new Amendment("800/3/2026", LocalDate.of(2026, 3, 2), "800/3/2026"))
                .hasMessageContaining("SK perubahan");
        assertThatThrownBy(() -> new Amendment(" ", LocalDate.of(2026, 3, 2), null)).hasMessageContaining("Nomor SK");
    }
}
