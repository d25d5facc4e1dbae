package id.dkip.core.workflow;

import id.dkip.core.process.SopStep;
import java.util.Date;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/**
 * Sets every task's due date from its step's planned due date (see {@link DkipSchedule}), and resets the outcome of
 * the decision tasks to its default so that an earlier round's outcome never steers the gateway.
 */
public class DkipTaskCreateListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SopStep step = DkipVariables.stepOfActivity(task.getTaskDefinitionKey());
        Object due = task.getVariable(DkipVariables.due(step));
        if (due instanceof Date date) {
            task.setDueDate(date);
        }
        switch (task.getTaskDefinitionKey()) {
            case "rancanganTask" -> task.setVariable(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT);
            case "penetapanTask" -> task.setVariable(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN);
            default -> { }
        }
    }
}
