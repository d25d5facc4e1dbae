package org.alfresco.service.namespace;

/** Declaration of Alfresco's {@code NamespaceException} (alfresco-data-model). */
public class NamespaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NamespaceException(String msg) {
        super(msg);
    }

    public NamespaceException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
