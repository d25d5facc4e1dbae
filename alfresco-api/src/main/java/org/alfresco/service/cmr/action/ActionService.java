package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code ActionService}: only the members the module uses (compile-only, never packaged). */
public interface ActionService {
    Action createAction(String arg0);
    Action createAction(String arg0, Map<String,Serializable> arg1);
    void executeAction(Action arg0, NodeRef arg1);
}
