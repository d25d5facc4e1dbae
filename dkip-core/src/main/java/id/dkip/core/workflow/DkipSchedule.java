package id.dkip.core.workflow;

import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.SopStep;
import id.dkip.core.process.StepDeadline;
import java.util.Date;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;

/**
 * Computes a step's due date, reminder and escalation instants into process variables before the step's task
 * starts, so the task's boundary timers ({@code timeDate="${dkipwf_rapatPengingat}"}) and its due date read them.
 * Called from the BPMN as {@code <activiti:executionListener event="take" expression="${DkipSchedule.plan(execution, 'rapat')}"/>}
 * on every sequence flow entering a user task (a timer is created when its activity is entered, before any start
 * listener could run).
 */
public class DkipSchedule {

    private final SopSchedule schedule;

    public DkipSchedule(SopSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Plan step {@code stepKey} (usulan, rancangan, rapat, penetapan, penyampaian, dokumentasi) from now. */
    public StepDeadline plan(DelegateExecution execution, String stepKey) {
        SopStep step = SopStep.ofKey(stepKey);
        StepDeadline d = schedule.deadline(step, EngineSupport.now());
        execution.setVariable(DkipVariables.due(step), Date.from(d.due()));
        execution.setVariable(DkipVariables.dueProvisional(step), d.provisional());
        execution.setVariable(DkipVariables.reminder(step), Date.from(d.reminder()));
        execution.setVariable(DkipVariables.escalation(step), Date.from(d.escalation()));
        return d;
    }
}
