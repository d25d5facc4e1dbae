package id.dkip.core.workflow;

import id.dkip.core.process.SopStep;
import java.util.Date;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/**
 * Sets every task's due date from its step's planned due date (see {@link DkipSchedule}) and, task-locally as
 * Alfresco keeps task properties, whether that date is provisional (dkipwf:tanggalSementara; Alfresco's own create
 * listener, which runs first, has written the model default false there), and sets the outcome of
 * the decision tasks to its default on the task itself (as Alfresco's model default does), so that a new round's form
 * starts from the default; the complete listener copies the outcome chosen to the process.
 */
public class DkipTaskCreateListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SopStep step = DkipVariables.stepOfActivity(task.getTaskDefinitionKey());
        Object due = task.getVariable(DkipVariables.due(step));
        if (due instanceof Date date) {
            task.setDueDate(date);
            task.setVariableLocal(DkipVariables.TASK_DUE_PROVISIONAL,
                    Boolean.TRUE.equals(task.getVariable(DkipVariables.dueProvisional(step))));
        }
        switch (task.getTaskDefinitionKey()) {
            case "rancanganTask" -> task.setVariableLocal(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT);
            case "penetapanTask" -> task.setVariableLocal(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN);
            default -> { }
        }
    }
}
