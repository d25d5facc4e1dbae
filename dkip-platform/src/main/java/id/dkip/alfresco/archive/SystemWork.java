package id.dkip.alfresco.archive;

import java.util.function.Supplier;

/**
 * Work a user triggers but has no right to do (moving into the archive, changing permissions, taking ownership)
 * runs as the system user. Alfresco's audit records the fully authenticated user, which {@code runAsSystem} keeps,
 * so the audit trail still names the real user. An interface so tests can stand in a permission model that
 * refuses a Collaborator what Alfresco would refuse.
 */
public interface SystemWork {

    /** Runs {@code work} as the system user (the fully authenticated user is unchanged). */
    <R> R run(Supplier<R> work);

    /** Runs {@code work} with {@code user} as the fully authenticated user when nobody is authenticated (a job). */
    <R> R runAs(String user, Supplier<R> work);

    /** True when the current run-as user is the system user: the module's own work, never a person's edit. */
    boolean isSystem();
}
