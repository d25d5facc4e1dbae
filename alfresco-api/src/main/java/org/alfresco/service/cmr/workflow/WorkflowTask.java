package org.alfresco.service.cmr.workflow;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code WorkflowTask}: only the members the module uses (compile-only, never packaged). */
public class WorkflowTask {
    public String getId() {
        throw new UnsupportedOperationException();
    }
    public String getName() {
        throw new UnsupportedOperationException();
    }
    public WorkflowPath getPath() {
        throw new UnsupportedOperationException();
    }
    public Map<QName,Serializable> getProperties() {
        throw new UnsupportedOperationException();
    }
}
