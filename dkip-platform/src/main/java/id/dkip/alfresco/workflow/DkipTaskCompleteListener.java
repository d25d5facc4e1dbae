package id.dkip.alfresco.workflow;

import id.dkip.alfresco.archive.AlfrescoSystemWork;
import id.dkip.alfresco.archive.SystemWork;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/** Registered as {@code ${DkipTaskCompleteListener}}; runs {@link id.dkip.core.workflow.DkipTaskCompleteListener}. */
public class DkipTaskCompleteListener extends ActivitiBeanRegistration implements TaskListener {

    private TaskListener listener;
    private SystemWork system = new AlfrescoSystemWork();

    public void setListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    protected void checkProperties() {
        mandatory(getName(), "listener", listener);
    }

    /** How system work runs (default: AuthenticationUtil.runAsSystem); tests pass a stand-in. */
    void setSystemWork(SystemWork system) {
        this.system = system;
    }

    /**
     * As the system user: step 3 reads the decisions on every unit's rows, step 6 the filing of rows the completing
     * user may not read. The notes it records name the task's assignee, the person who completed it.
     */
    @Override
    public void notify(DelegateTask task) {
        system.runChecked(() -> listener.notify(task));
    }
}
