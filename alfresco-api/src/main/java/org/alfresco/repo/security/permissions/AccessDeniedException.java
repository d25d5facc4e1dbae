package org.alfresco.repo.security.permissions;

import org.alfresco.error.AlfrescoRuntimeException;

/** Declaration of Alfresco 26.1's {@code AccessDeniedException} (compile-only, never packaged). */
public class AccessDeniedException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String arg0) {
        super(arg0);
    }
}
