package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.calendar.ProvisionalDates;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.SopStep;
import id.dkip.core.process.StepDeadline;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #11.8: a task whose due date falls in a year without its SKB 3 Menteri decree (the bundled data end with
 * 2026) carries dkipwf_tanggalSementara = true task-locally, as Alfresco keeps task properties, and its reminder
 * says the date is provisional; a due date inside the loaded years is final.
 */
class ProvisionalDueDateTest {

    private SopEngineFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private SopEngineFixture fixtureAt(ZonedDateTime start) {
        f = new SopEngineFixture("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 2);
        f.setClock(start);
        return f;
    }

    private Object local(Task t, String name) {
        return f.engine.getTaskService().getVariableLocal(t.getId(), name);
    }

    @Test
    void theScheduleMarksADueDateCountedInAYearWithoutItsDecree() {
        SopSchedule schedule = SopSchedule.standard();
        StepDeadline december = schedule.deadline(SopStep.USULAN,
                ZonedDateTime.of(2026, 12, 30, 9, 0, 0, 0, SopEngineFixture.WIB).toInstant());
        StepDeadline march = schedule.deadline(SopStep.USULAN, SopEngineFixture.START.toInstant());
        assertThat(december.dueDate().getYear()).isEqualTo(2027);
        assertThat(december.provisional()).isTrue();
        assertThat(march.provisional()).isFalse();
    }

    @Test
    void aTaskDueIn2027IsMarkedProvisionalOnTheTaskAndItsReminderSaysSo() {
        fixtureAt(ZonedDateTime.of(2026, 12, 30, 9, 0, 0, 0, SopEngineFixture.WIB));
        String pid = f.start(null).getId();
        Task usulan = f.tasks(pid, "usulanTask").get(0);
        LocalDate due = LocalDate.ofInstant(usulan.getDueDate().toInstant(), SopEngineFixture.WIB);
        assertThat(due.getYear()).isEqualTo(2027);
        assertThat(f.tasks(pid, "usulanTask")).allSatisfy(t ->
                assertThat(local(t, ProvisionalDates.TASK_VARIABLE)).as("task-local, over the model default").isEqualTo(true));

        f.setClock(due.atTime(8, 30).atZone(SopEngineFixture.WIB).minusDays(due.getDayOfWeek().getValue() == 1 ? 3 : 1));
        assertThat(f.runDueTimers()).isEqualTo(1);
        assertThat(f.tasks(pid, "usulanTask")).allSatisfy(t -> assertThat(t.getDescription())
                .startsWith("PENGINGAT: tenggat " + due.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " (sementara).")
                .contains("Tenggat ini sementara: tahun 2027 belum memiliki data SKB 3 Menteri"));
    }

    @Test
    void aTaskDueInsideTheLoadedYearsIsFinal() {
        fixtureAt(SopEngineFixture.START);
        String pid = f.start(null).getId();
        assertThat(f.tasks(pid, "usulanTask")).allSatisfy(t ->
                assertThat(local(t, ProvisionalDates.TASK_VARIABLE)).isEqualTo(false));
    }
}
