package id.dkip.alfresco.workflow;

import id.dkip.core.process.StepDeadline;
import org.activiti.engine.delegate.DelegateExecution;

/** Registered as {@code DkipSchedule} for {@code ${DkipSchedule.plan(execution, 'rapat')}}; runs the core schedule. */
public class DkipSchedule extends ActivitiBeanRegistration {

    private id.dkip.core.workflow.DkipSchedule schedule;

    public void setSchedule(id.dkip.core.workflow.DkipSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    protected void checkProperties() {
        mandatory(getName(), "schedule", schedule);
    }

    public StepDeadline plan(DelegateExecution execution, String stepKey) {
        return schedule.plan(execution, stepKey);
    }
}
