package org.alfresco.service.cmr.dictionary;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code InvalidClassException} (alfresco-data-model). */
public class InvalidClassException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;
    private final QName className;

    public InvalidClassException(QName className) {
        this("Invalid class: " + className, className);
    }

    public InvalidClassException(String msg, QName className) {
        super(msg);
        this.className = className;
    }

    public QName getClassName() {
        return className;
    }
}
