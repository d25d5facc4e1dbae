package org.alfresco.repo.security.authentication;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * Declaration of Alfresco 26.1's {@code AuthenticationException} (alfresco-data-model; compile-only, never packaged):
 * the exception {@code AuthenticationUtil.getRunAsUser} declares.
 */
public class AuthenticationException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String msg) {
        super(msg);
    }
}
