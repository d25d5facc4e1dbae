package org.alfresco.error;

/**
 * Declaration of Alfresco's {@code AlfrescoRuntimeException} (alfresco-core). Alfresco resolves the message id
 * through its I18N bundles and prefixes an error number; this declaration keeps the text as given.
 */
public class AlfrescoRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlfrescoRuntimeException(String msgId) {
        super(msgId);
    }

    public AlfrescoRuntimeException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
