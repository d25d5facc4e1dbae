package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code InvalidAspectException}: only the members the module uses (compile-only, never packaged). */
public class InvalidAspectException extends RuntimeException {
    public QName getAspectName() {
        throw new UnsupportedOperationException();
    }
}
