package id.dkip.alfresco.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/** Registered as {@code ${DkipTaskCreateListener}}; runs {@link id.dkip.core.workflow.DkipTaskCreateListener}. */
public class DkipTaskCreateListener extends ActivitiBeanRegistration implements TaskListener {

    private final id.dkip.core.workflow.DkipTaskCreateListener core = new id.dkip.core.workflow.DkipTaskCreateListener();

    @Override
    protected void checkProperties() {
        // no collaborators
    }

    @Override
    public void notify(DelegateTask task) {
        core.notify(task);
    }
}
