package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code ActionExecuterAbstractBase}: only the members the module uses (compile-only, never packaged). */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase {
    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
