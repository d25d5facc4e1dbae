package org.alfresco.service.cmr.action;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco's {@code ActionService}: the members the module uses, in Alfresco's order. */
public interface ActionService {

    Action createAction(String name);

    void executeAction(Action action, NodeRef actionedUponNodeRef);
}
