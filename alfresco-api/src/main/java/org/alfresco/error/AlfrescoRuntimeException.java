package org.alfresco.error;

/** Declaration of Alfresco 26.1's {@code AlfrescoRuntimeException}: constructed by the module (compile-only, never packaged). */
public class AlfrescoRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlfrescoRuntimeException(String msgId) {
        super(msgId);
    }

    public AlfrescoRuntimeException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
