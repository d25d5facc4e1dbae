package id.dkip.alfresco.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/** Registered as {@code ${DkipTaskCompleteListener}}; runs {@link id.dkip.core.workflow.DkipTaskCompleteListener}. */
public class DkipTaskCompleteListener extends ActivitiBeanRegistration implements TaskListener {

    private TaskListener listener;

    public void setListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    protected void checkProperties() {
        mandatory(getName(), "listener", listener);
    }

    @Override
    public void notify(DelegateTask task) {
        listener.notify(task);
    }
}
