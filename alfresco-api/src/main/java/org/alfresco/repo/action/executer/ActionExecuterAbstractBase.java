package org.alfresco.repo.action.executer;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Declaration of Alfresco's {@code ActionExecuterAbstractBase} (alfresco-repository): the members the module uses.
 * In Alfresco, {@code execute} checks applicability and locks, then calls {@code executeImpl}.
 */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase implements ActionExecuter {

    public void execute(Action action, NodeRef actionedUponNodeRef) {
        executeImpl(action, actionedUponNodeRef);
    }

    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
