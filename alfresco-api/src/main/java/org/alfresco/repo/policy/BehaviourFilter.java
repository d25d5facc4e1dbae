package org.alfresco.repo.policy;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code BehaviourFilter}: only the members the module uses (compile-only, never packaged). */
public interface BehaviourFilter {
    void disableBehaviour(NodeRef arg0, QName arg1);
    void enableBehaviour(NodeRef arg0, QName arg1);
}
