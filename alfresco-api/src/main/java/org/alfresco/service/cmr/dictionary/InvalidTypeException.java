package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code InvalidTypeException}: only the members the module uses (compile-only, never packaged). */
public class InvalidTypeException extends RuntimeException {
    public QName getTypeName() {
        throw new UnsupportedOperationException();
    }
}
