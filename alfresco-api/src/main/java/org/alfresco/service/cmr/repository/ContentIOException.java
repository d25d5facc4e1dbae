package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Declaration of Alfresco 26.1's {@code ContentIOException}: only the members the module uses (compile-only, never packaged). */
public class ContentIOException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentIOException(String msg) {
        super(msg);
    }

    public ContentIOException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
