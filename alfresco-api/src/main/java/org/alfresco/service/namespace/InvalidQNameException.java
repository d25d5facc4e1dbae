package org.alfresco.service.namespace;

/** Declaration of Alfresco's {@code InvalidQNameException} (alfresco-data-model). */
public class InvalidQNameException extends NamespaceException {
    private static final long serialVersionUID = 1L;

    public InvalidQNameException(String msg) {
        super(msg);
    }

    public InvalidQNameException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
