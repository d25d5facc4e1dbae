package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code ChildAssociationRef}: only the members the module uses; a value type tests construct (compile-only, never packaged). */
public class ChildAssociationRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;
    private final QName assocTypeQName;
    private final NodeRef parentRef;
    private final QName childQName;
    private final NodeRef childRef;

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef) {
        this.assocTypeQName = assocTypeQName;
        this.parentRef = parentRef;
        this.childQName = childQName;
        this.childRef = childRef;
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public QName getQName() {
        return childQName;
    }

    public NodeRef getChildRef() {
        return childRef;
    }

    public NodeRef getParentRef() {
        return parentRef;
    }

    public boolean isPrimary() {
        return true;
    }
}
