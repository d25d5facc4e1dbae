package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Declaration of Alfresco's {@code AssociationRef}: the members the module uses. */
public class AssociationRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    public NodeRef getTargetRef() {
        throw new UnsupportedOperationException("declaration only");
    }
}
