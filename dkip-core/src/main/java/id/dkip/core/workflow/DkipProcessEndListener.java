package id.dkip.core.workflow;

import id.dkip.core.process.SopSchedule;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;

/** At the end of the run: records the working days it took and whether that was within the SOP's total. */
public class DkipProcessEndListener implements ExecutionListener {

    private final SopSchedule schedule;

    public DkipProcessEndListener(SopSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public void notify(DelegateExecution execution) {
        Instant now = EngineSupport.now();
        Object started = execution.getVariable(DkipVariables.STARTED);
        execution.setVariable(DkipVariables.FINISHED, Date.from(now));
        if (started instanceof Date s) {
            int days = schedule.workingDaysBetween(s.toInstant(), now);
            execution.setVariable(DkipVariables.TOTAL_WORKING_DAYS, days);
            execution.setVariable(DkipVariables.WITHIN_SOP, days <= schedule.durations().totalMaxDays());
        }
    }
}
