package id.dkip.alfresco.workflow;

import id.dkip.alfresco.archive.AlfrescoSystemWork;
import id.dkip.alfresco.archive.SystemWork;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.alfresco.repo.workflow.activiti.BaseJavaDelegate;

/**
 * An Alfresco delegate (parent bean {@code baseJavaDelegate}, so it is entered into activitiBeanRegistry under its
 * simple class name) that runs the core delegate of the same simple name from id.dkip.core.workflow. Subclasses only
 * fix the name the BPMN refers to ({@code ${DkipStartDelegate}}...). Runs as the system user ({@link SystemWork}).
 */
public abstract class CoreDelegateBridge extends BaseJavaDelegate {

    private JavaDelegate delegate;
    private SystemWork system = new AlfrescoSystemWork();

    /** The core delegate (constructed in workflow-context.xml with the Alfresco ports). */
    public void setDelegate(JavaDelegate delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": delegate is required");
        }
        this.delegate = delegate;
    }

    /** How system work runs (default: AuthenticationUtil.runAsSystem); tests pass a stand-in. */
    void setSystemWork(SystemWork system) {
        this.system = system;
    }

    /** Runs the core delegate as the system user: the work of a step reads and writes every unit's rows. */
    @Override
    public void execute(DelegateExecution execution) throws Exception {
        if (delegate == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no core delegate (check workflow-context.xml)");
        }
        system.runChecked(() -> delegate.execute(execution));
    }
}
