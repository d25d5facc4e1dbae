package id.dkip.alfresco.archive;

import java.util.function.Supplier;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The parts of Alfresco's authentication and permission model the archive depends on, for tests: a run-as user
 * and a fully authenticated user per thread ({@code AuthenticationUtil}: {@code runAsSystem} changes only the
 * run-as user; {@code runAs} on a thread with nobody authenticated sets the fully authenticated user, which the
 * audit records), and the checks Alfresco's method security makes: changing permissions, the owner or a node's
 * place needs ChangePermissions/SetOwner/DeleteNode, which System, admin and the node's owner have and a
 * Collaborator who does not own the node has not.
 */
final class PermissionModelStandIn implements SystemWork {

    static final String SYSTEM = "System";

    private String fullUser = "admin";
    private String runAsUser = "admin";
    private FakeRepository repo;

    void attach(FakeRepository repo) {
        this.repo = repo;
    }

    /** Makes {@code user} the logged-in user (both fully authenticated and run-as). */
    void logIn(String user) {
        fullUser = user;
        runAsUser = user;
    }

    /** Nobody authenticated, as on a scheduler thread. */
    void logOut() {
        fullUser = null;
        runAsUser = null;
    }

    String fullyAuthenticatedUser() {
        return fullUser;
    }

    String runAsUser() {
        return runAsUser;
    }

    @Override
    public <R> R run(Supplier<R> work) {
        String before = runAsUser;
        String beforeFull = fullUser;
        runAsUser = SYSTEM;
        if (fullUser == null) {
            fullUser = SYSTEM;
        }
        try {
            return work.get();
        } finally {
            runAsUser = before;
            fullUser = beforeFull;
        }
    }

    @Override
    public <R> R runAs(String user, Supplier<R> work) {
        String before = runAsUser;
        String beforeFull = fullUser;
        if (fullUser == null) {
            fullUser = user;
        }
        runAsUser = user;
        try {
            return work.get();
        } finally {
            runAsUser = before;
            fullUser = beforeFull;
        }
    }

    @Override
    public boolean isSystem() {
        return SYSTEM.equals(runAsUser);
    }

    /** ChangePermissions / SetOwner / DeleteNode on {@code node}: refused as Alfresco refuses a non-owning Collaborator. */
    void require(NodeRef node, String permission) {
        if (SYSTEM.equals(runAsUser) || "admin".equals(runAsUser)) {
            return;
        }
        if (runAsUser != null && runAsUser.equals(repo.ownerOf(node))) {
            return;
        }
        throw new AccessDeniedException("Access Denied. You do not have the appropriate permissions (" + permission
                + ") to perform this operation on " + node + " as " + runAsUser);
    }
}
