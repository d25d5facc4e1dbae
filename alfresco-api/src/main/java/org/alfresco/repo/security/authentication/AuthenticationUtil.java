package org.alfresco.repo.security.authentication;

/** Declaration of Alfresco 26.1's {@code AuthenticationUtil}: only the members the module uses (compile-only, never packaged). */
public class AuthenticationUtil {
    public static final String SYSTEM_USER_NAME = "System";

    public static boolean isRunAsUserTheSystemUser() {
        throw new UnsupportedOperationException();
    }

    public static <R> R runAs(RunAsWork<R> arg0, String arg1) {
        throw new UnsupportedOperationException();
    }

    public static <R> R runAsSystem(RunAsWork<R> arg0) {
        throw new UnsupportedOperationException();
    }

    /** Declaration of {@code AuthenticationUtil.RunAsWork}. */
    public interface RunAsWork<Result> {
        Result doWork() throws Exception;
    }
}
