package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Declaration of Alfresco's {@code ContentIOException} (alfresco-repository). */
public class ContentIOException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentIOException(String msg) {
        super(msg);
    }

    public ContentIOException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
