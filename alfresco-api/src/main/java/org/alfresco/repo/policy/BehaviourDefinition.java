package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code BehaviourDefinition}: only the members the module uses (compile-only, never packaged). */
public interface BehaviourDefinition<B> {
    QName getPolicy();
    B getBinding();
}
