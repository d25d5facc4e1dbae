package id.dkip.alfresco.workflow;

import org.alfresco.repo.security.authentication.AuthenticationUtil;

/**
 * Runs the process's system work as Alfresco's system user: merging every unit's proposals (step 2), reading the
 * meeting's decisions on every row (step 3), establishing the rows and producing the documents (step 4). A unit
 * user or a meeting member completing a task may read or write only their own rows; the work they trigger must
 * still see and change all of them. Who acted stays recorded by name (the task's assignee in the run's history).
 */
@FunctionalInterface
public interface SystemRunner {

    /** Work that may throw what the engine expects (ActivitiException...). */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    void run(Work work) throws Exception;

    /** AuthenticationUtil.runAsSystem: runtime exceptions pass unchanged, checked ones come wrapped. */
    SystemRunner ALFRESCO = work -> AuthenticationUtil.runAsSystem(() -> {
        work.run();
        return null;
    });
}
