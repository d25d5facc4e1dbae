package id.dkip.alfresco.archive;

import java.util.function.Supplier;
import org.alfresco.repo.security.authentication.AuthenticationUtil;

/** {@link SystemWork} over Alfresco's {@link AuthenticationUtil}. */
public class AlfrescoSystemWork implements SystemWork {

    @Override
    public <R> R run(Supplier<R> work) {
        return AuthenticationUtil.runAsSystem(work::get);
    }

    @Override
    public <R> R runAs(String user, Supplier<R> work) {
        return AuthenticationUtil.runAs(work::get, user);
    }

    @Override
    public boolean isSystem() {
        return AuthenticationUtil.isRunAsUserTheSystemUser();
    }
}
