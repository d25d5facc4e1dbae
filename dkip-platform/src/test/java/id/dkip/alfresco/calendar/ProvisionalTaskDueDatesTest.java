package id.dkip.alfresco.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.archive.SystemWork;
import id.dkip.alfresco.webscripts.share.RapatMeetings;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.SopStep;
import id.dkip.core.process.StepDeadline;
import id.dkip.core.process.StepDurations;
import id.dkip.core.workflow.DkipVariables;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11.8, open tasks: after the decree is loaded, a task whose provisional due date, reminder and escalation
 * come out the same loses its mark (task-locally, through WorkflowService.updateTask); one whose dates would move
 * keeps them and its mark (its Activiti timers were set when the step started), and is counted.
 */
class ProvisionalTaskDueDatesTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZonedDateTime STARTED = ZonedDateTime.of(2026, 12, 30, 9, 0, 0, 0, WIB);

    @TempDir
    Path dir;

    final WorkingDayCalendar calendar = WorkingDayCalendar.standardWith(null);
    final SopSchedule schedule = new SopSchedule(calendar, StepDurations.standard(), WIB, 8, 1);
    final WorkflowService workflowService = mock(WorkflowService.class);
    final ProvisionalTaskDueDates confirmer = new ProvisionalTaskDueDates();
    boolean asSystem;

    ProvisionalTaskDueDatesTest() {
        confirmer.setWorkflowService(workflowService);
        confirmer.setSchedule(schedule);
        confirmer.setSystemWork(new SystemWork() {
            @Override
            public <R> R run(Supplier<R> work) {
                asSystem = true;
                try {
                    return work.get();
                } finally {
                    asSystem = false;
                }
            }

            @Override
            public <R> R runAs(String user, Supplier<R> work) {
                return work.get();
            }

            @Override
            public boolean isSystem() {
                return asSystem;
            }
        });
        confirmer.afterPropertiesSet();
    }

    /** One run with one open usulan task started on 30 December 2026, planned as DkipSchedule plans it. */
    WorkflowTask openTask() {
        StepDeadline planned = schedule.deadline(SopStep.USULAN, STARTED.toInstant());
        assertThat(planned.provisional()).as("due in 2027, which has no decree yet").isTrue();
        WorkflowDefinition def = mock(WorkflowDefinition.class);
        when(def.getId()).thenReturn("activiti$dkipPenyusunan:1:1");
        when(workflowService.getDefinitionByName("activiti$dkipPenyusunan")).thenReturn(def);
        WorkflowInstance run = mock(WorkflowInstance.class);
        when(run.getId()).thenReturn("activiti$10");
        when(workflowService.getActiveWorkflows("activiti$dkipPenyusunan:1:1")).thenReturn(List.of(run));
        WorkflowPath path = mock(WorkflowPath.class);
        when(path.getId()).thenReturn("activiti$11");
        when(workflowService.getWorkflowPaths("activiti$10")).thenReturn(List.of(path));
        Map<QName, Serializable> vars = new HashMap<>();
        vars.put(RapatMeetings.variable(DkipVariables.due(SopStep.USULAN)), Date.from(planned.due()));
        vars.put(RapatMeetings.variable(DkipVariables.reminder(SopStep.USULAN)), Date.from(planned.reminder()));
        vars.put(RapatMeetings.variable(DkipVariables.escalation(SopStep.USULAN)), Date.from(planned.escalation()));
        when(workflowService.getPathProperties("activiti$11")).thenAnswer(i -> {
            assertThat(asSystem).as("runs as system").isTrue();
            return vars;
        });
        WorkflowTask task = mock(WorkflowTask.class);
        when(task.getId()).thenReturn("activiti$12");
        when(task.getName()).thenReturn("dkipwf:usulanTask");
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ProvisionalTaskDueDates.TASK_DUE_PROVISIONAL, true);
        props.put(WorkflowModel.PROP_START_DATE, Date.from(STARTED.toInstant()));
        props.put(WorkflowModel.PROP_DUE_DATE, Date.from(planned.due()));
        when(task.getProperties()).thenReturn(props);
        when(workflowService.getTasksForWorkflowPath("activiti$11")).thenReturn(List.of(task));
        return task;
    }

    void loadDecree(String rows) throws Exception {
        Path file = dir.resolve("hari-libur.csv");
        Files.writeString(file, "2027,lengkap,SKB 3 Menteri 2027 (data uji)\n" + rows);
        calendar.reload(WorkingDayCalendar.standardWith("file:" + file));
    }

    @Test
    void nothingHappensWhileTheYearHasNoDecree() {
        openTask();
        assertThat(confirmer.confirm()).isEqualTo(new ProvisionalTaskDueDates.Report(0, 0));
        verify(workflowService, never()).updateTask(any(), any(), any(), any());
    }

    @Test
    void aDecreeThatConfirmsTheDatesClearsTheMarkTaskLocally() throws Exception {
        openTask();
        loadDecree("2027-01-01,libur,Tahun Baru Masehi\n");

        assertThat(confirmer.confirm()).isEqualTo(new ProvisionalTaskDueDates.Report(1, 0));

        verify(workflowService).updateTask(eq("activiti$12"), eq(Map.of(ProvisionalTaskDueDates.TASK_DUE_PROVISIONAL, false)), any(), any());
    }

    @Test
    void aDecreeThatMovesTheDatesLeavesTheTaskMarkedAndCountsIt() throws Exception {
        openTask();
        loadDecree("2027-01-01,libur,Tahun Baru Masehi\n2027-01-04,cuti_bersama,Cuti bersama (data uji)\n"
                + "2027-01-05,cuti_bersama,Cuti bersama (data uji)\n");

        assertThat(confirmer.confirm()).isEqualTo(new ProvisionalTaskDueDates.Report(0, 1));

        verify(workflowService, never()).updateTask(any(), anyMap(), any(), any());
    }
}
