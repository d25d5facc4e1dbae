package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code AssociationRef}: only the members the module uses; a value type tests construct (compile-only, never packaged). */
public class AssociationRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;
    private final NodeRef sourceRef;
    private final QName assocTypeQName;
    private final NodeRef targetRef;

    public AssociationRef(NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        this.sourceRef = sourceRef;
        this.assocTypeQName = assocTypeQName;
        this.targetRef = targetRef;
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public NodeRef getTargetRef() {
        return targetRef;
    }

    public NodeRef getSourceRef() {
        return sourceRef;
    }
}
