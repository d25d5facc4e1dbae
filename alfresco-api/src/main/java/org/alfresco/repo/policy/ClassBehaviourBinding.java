package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code ClassBehaviourBinding}: only the members the module uses (compile-only, never packaged). */
public class ClassBehaviourBinding {
    public QName getClassQName() {
        throw new UnsupportedOperationException();
    }
}
