package id.dkip.alfresco.archive;

import java.util.function.Supplier;

/**
 * The module's one way to run work as the system user: work a user triggers but has no right to do (moving into
 * the archive, changing permissions, taking ownership, naming a register row) and the process's steps, which read
 * and write every unit's rows whoever completed the task (workflow.CoreDelegateBridge, DkipTaskCompleteListener).
 * Alfresco's audit records the fully authenticated user, which {@code runAsSystem} keeps, so the audit trail still
 * names the real user. An interface so tests can stand in a permission model that refuses what Alfresco would.
 */
public interface SystemWork {

    /** Work that may throw a checked exception, as a process delegate's {@code execute} may. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} as the system user (the fully authenticated user is unchanged). */
    <R> R run(Supplier<R> work);

    /** Runs {@code work} with {@code user} as the fully authenticated user when nobody is authenticated (a job). */
    <R> R runAs(String user, Supplier<R> work);

    /**
     * {@link #run(Supplier)} for work that may throw. As {@code AuthenticationUtil.runAs} treats what its work
     * throws: a runtime exception or an error passes unchanged (the engine's ActivitiException reaches the engine),
     * a checked exception comes wrapped in a RuntimeException with it as the cause.
     */
    default void runChecked(Work work) {
        run(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeException("System work failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** True when the current run-as user is the system user: the module's own work, never a person's edit. */
    boolean isSystem();
}
