package id.dkip.alfresco.calendar;

import id.dkip.alfresco.archive.SystemWork;
import id.dkip.alfresco.webscripts.share.RapatMeetings;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.SopStep;
import id.dkip.core.process.StepDeadline;
import id.dkip.core.workflow.DkipVariables;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * After the admin reload of the calendar, looks again at the open SOP tasks whose due date is provisional
 * ({@code dkipwf:tanggalSementara}). A task's due date, reminder and escalation were all fixed when its step started
 * ({@code DkipSchedule}: the process variables and the Activiti timers), and WorkflowService can change the task's
 * properties but not its timers. So the step's deadline is counted again from the task's start with the loaded
 * decree: when due date, reminder and escalation come out the same, the provisional calendar was right and the mark
 * is cleared ({@code WorkflowService.updateTask}, task-local as Alfresco keeps task properties); when any of them
 * moves, the task keeps its dates and its mark, and is counted and logged for the administrator. Runs as system.
 */
public class ProvisionalTaskDueDates implements InitializingBean {

    /** What one run did: tasks whose dates the decree confirms (mark cleared), tasks whose dates would move. */
    public record Report(int confirmed, int moved) {
    }

    static final String PROCESS = "activiti$" + DkipVariables.PROCESS_KEY;
    static final QName TASK_DUE_PROVISIONAL = RapatMeetings.variable(DkipVariables.TASK_DUE_PROVISIONAL);

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalTaskDueDates.class);

    private WorkflowService workflowService;
    private SopSchedule schedule;
    private SystemWork systemWork;

    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    /** The schedule the process counts with (dkip.workflow.sopSchedule, over the reloaded calendar bean). */
    public void setSchedule(SopSchedule schedule) {
        this.schedule = schedule;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "schedule", schedule);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
    }

    public Report confirm() {
        return systemWork.run(this::confirmAsSystem);
    }

    private Report confirmAsSystem() {
        int confirmed = 0;
        int moved = 0;
        WorkflowDefinition definition = workflowService.getDefinitionByName(PROCESS);
        if (definition == null) {
            return new Report(0, 0);
        }
        for (WorkflowInstance run : workflowService.getActiveWorkflows(definition.getId())) {
            for (WorkflowPath path : workflowService.getWorkflowPaths(run.getId())) {
                for (WorkflowTask task : workflowService.getTasksForWorkflowPath(path.getId())) {
                    Boolean result = confirm(path, task);
                    if (result != null) {
                        confirmed += result ? 1 : 0;
                        moved += result ? 0 : 1;
                    }
                }
            }
        }
        LOG.info("Provisional task due dates: {} confirmed by the loaded decree, {} would move (kept, still marked)", confirmed, moved);
        return new Report(confirmed, moved);
    }

    /** True: confirmed and cleared; false: its dates would move; null: not a provisional task or still provisional. */
    Boolean confirm(WorkflowPath path, WorkflowTask task) {
        Map<QName, Serializable> props = task.getProperties();
        if (!Boolean.TRUE.equals(props.get(TASK_DUE_PROVISIONAL)) || !(props.get(WorkflowModel.PROP_START_DATE) instanceof Date started)) {
            return null;
        }
        String name = task.getName();
        SopStep step = DkipVariables.stepOfActivity(name.substring(name.indexOf(':') + 1));
        StepDeadline now = schedule.deadline(step, started.toInstant());
        if (now.provisional()) {
            return null; // the year is still without its decree
        }
        Map<QName, Serializable> planned = workflowService.getPathProperties(path.getId());
        boolean same = sameInstant(planned.get(RapatMeetings.variable(DkipVariables.due(step))), now.due())
                && sameInstant(planned.get(RapatMeetings.variable(DkipVariables.reminder(step))), now.reminder())
                && sameInstant(planned.get(RapatMeetings.variable(DkipVariables.escalation(step))), now.escalation());
        if (!same) {
            LOG.warn("Task {} ({}): with the loaded decree its due date would be {} (reminder {}, escalation {}); its timers were "
                    + "set when the step started, so it keeps its dates and stays marked provisional", task.getId(), name,
                    now.dueDate(), now.reminder(), now.escalation());
            return false;
        }
        workflowService.updateTask(task.getId(), Map.of(TASK_DUE_PROVISIONAL, false), null, null);
        return true;
    }

    private static boolean sameInstant(Serializable stored, java.time.Instant computed) {
        return stored instanceof Date d && Objects.equals(d.toInstant(), computed);
    }
}
