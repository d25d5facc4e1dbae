package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code PolicyComponent}: only the members the module uses (compile-only, never packaged). */
public interface PolicyComponent {
    BehaviourDefinition<ClassBehaviourBinding> bindClassBehaviour(QName arg0, QName arg1, Behaviour arg2);
}
