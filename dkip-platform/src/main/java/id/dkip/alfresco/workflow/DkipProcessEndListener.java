package id.dkip.alfresco.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;

/** Registered as {@code ${DkipProcessEndListener}}; runs {@link id.dkip.core.workflow.DkipProcessEndListener}. */
public class DkipProcessEndListener extends ActivitiBeanRegistration implements ExecutionListener {

    private ExecutionListener listener;

    public void setListener(ExecutionListener listener) {
        this.listener = listener;
    }

    @Override
    protected void checkProperties() {
        mandatory(getName(), "listener", listener);
    }

    @Override
    public void notify(DelegateExecution execution) throws Exception {
        listener.notify(execution);
    }
}
