package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code AssociationExistsException}: only the members the module uses (compile-only, never packaged). */
public class AssociationExistsException extends RuntimeException {
    public QName getQName() {
        throw new UnsupportedOperationException();
    }
}
