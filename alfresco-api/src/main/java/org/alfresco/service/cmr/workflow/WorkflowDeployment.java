package org.alfresco.service.cmr.workflow;

/** Declaration of Alfresco 26.1's {@code WorkflowDeployment}: only the members the module uses (compile-only, never packaged). */
public class WorkflowDeployment {
}
