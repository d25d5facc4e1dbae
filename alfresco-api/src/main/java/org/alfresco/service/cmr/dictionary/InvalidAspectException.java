package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code InvalidAspectException} (alfresco-data-model). */
public class InvalidAspectException extends InvalidClassException {
    private static final long serialVersionUID = 1L;

    public InvalidAspectException(QName aspectName) {
        super("Invalid aspect: " + aspectName, aspectName);
    }

    public InvalidAspectException(String msg, QName aspectName) {
        super(msg, aspectName);
    }

    public QName getAspectName() {
        return getClassName();
    }
}
