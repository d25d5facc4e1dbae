package org.alfresco.service.cmr.workflow;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code WorkflowService}: only the members the module uses (compile-only, never packaged). */
public interface WorkflowService {
    WorkflowDefinition getDefinitionByName(String arg0);
    List<WorkflowDefinition> getAllDefinitionsByName(String arg0);
    WorkflowPath startWorkflow(String arg0, Map<QName,Serializable> arg1);
    NodeRef createPackage(NodeRef arg0);
    List<WorkflowInstance> getWorkflowsForContent(NodeRef arg0, boolean arg1);
    WorkflowTask getTaskById(String arg0);
    boolean isTaskEditable(WorkflowTask arg0, String arg1, boolean arg2);
    Map<QName,Serializable> getPathProperties(String arg0);
    List<WorkflowInstance> getActiveWorkflows(String arg0);
    List<WorkflowPath> getWorkflowPaths(String arg0);
    List<WorkflowTask> getTasksForWorkflowPath(String arg0);
    WorkflowTask updateTask(String arg0, Map<QName,Serializable> arg1, Map<QName,List<NodeRef>> arg2, Map<QName,List<NodeRef>> arg3);
    WorkflowDeployment deployDefinition(String arg0, java.io.InputStream arg1, String arg2, String arg3, boolean arg4);
}
