package org.alfresco.service.cmr.workflow;

import java.io.Serializable;

/** Declaration of Alfresco 26.1's {@code WorkflowDefinition}: only the members the module uses (compile-only, never packaged). */
public class WorkflowDefinition implements Serializable {
    public String getId() {
        throw new UnsupportedOperationException();
    }
}
