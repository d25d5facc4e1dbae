package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code InvalidTypeException} (alfresco-data-model). */
public class InvalidTypeException extends InvalidClassException {
    private static final long serialVersionUID = 1L;

    public InvalidTypeException(QName typeName) {
        super("Invalid type: " + typeName, typeName);
    }

    public InvalidTypeException(String msg, QName typeName) {
        super(msg, typeName);
    }

    public QName getTypeName() {
        return getClassName();
    }
}
