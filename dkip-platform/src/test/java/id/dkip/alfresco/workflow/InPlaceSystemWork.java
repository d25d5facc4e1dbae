package id.dkip.alfresco.workflow;

import id.dkip.alfresco.archive.SystemWork;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The module's {@link SystemWork} for the workflow tests: runs the work in place, with the test's current user
 * switched to System while it runs and back afterwards (as AuthenticationUtil.runAsSystem switches the run-as user),
 * or, for {@link #asCaller()}, not switched at all (what happened before the process's work ran as system).
 */
final class InPlaceSystemWork implements SystemWork {

    static final String SYSTEM = "System";

    private final Supplier<String> currentUser;
    private final Consumer<String> setUser;
    private final boolean switchToSystem;

    private InPlaceSystemWork(Supplier<String> currentUser, Consumer<String> setUser, boolean switchToSystem) {
        this.currentUser = currentUser;
        this.setUser = setUser;
        this.switchToSystem = switchToSystem;
    }

    static InPlaceSystemWork switching(Supplier<String> currentUser, Consumer<String> setUser) {
        return new InPlaceSystemWork(currentUser, setUser, true);
    }

    static InPlaceSystemWork asCaller() {
        return new InPlaceSystemWork(() -> null, user -> { }, false);
    }

    @Override
    public <R> R run(Supplier<R> work) {
        if (!switchToSystem) {
            return work.get();
        }
        String caller = currentUser.get();
        setUser.accept(SYSTEM);
        try {
            return work.get();
        } finally {
            setUser.accept(caller);
        }
    }

    @Override
    public <R> R runAs(String user, Supplier<R> work) {
        throw new UnsupportedOperationException("the workflow runs as system only");
    }

    @Override
    public boolean isSystem() {
        return SYSTEM.equals(currentUser.get());
    }
}
