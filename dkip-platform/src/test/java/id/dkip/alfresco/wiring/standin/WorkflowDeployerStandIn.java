package id.dkip.alfresco.wiring.standin;

import java.util.List;
import java.util.Properties;

/**
 * Test stand-in for {@code org.alfresco.repo.workflow.WorkflowDeployer}, the class of Alfresco's abstract
 * {@code workflowDeployer} parent bean: the same public setters (Alfresco 26.1), so a misspelt or mistyped
 * property of a child bean fails the wiring test. Collaborators the real parent bean supplies are typed
 * {@code Object}. Records what was set.
 */
public class WorkflowDeployerStandIn {
    private List<Properties> workflowDefinitions = List.of();
    private List<String> models = List.of();
    private List<String> labels = List.of();

    public void setTransactionService(Object transactionService) {
        // supplied by Alfresco's parent bean
    }

    public void setWorkflowService(Object workflowService) {
        // supplied by Alfresco's parent bean
    }

    public void setWorkflowAdminService(Object workflowAdminService) {
        // supplied by Alfresco's parent bean
    }

    public void setAuthenticationContext(Object authenticationContext) {
        // supplied by Alfresco's parent bean
    }

    public void setDictionaryDAO(Object dictionaryDAO) {
        // supplied by Alfresco's parent bean
    }

    public void setTenantAdminService(Object tenantAdminService) {
        // supplied by Alfresco's parent bean
    }

    public void setTenantService(Object tenantService) {
        // supplied by Alfresco's parent bean
    }

    public void setWorkflowDefinitions(List<Properties> workflowDefinitions) {
        this.workflowDefinitions = List.copyOf(workflowDefinitions);
    }

    public void setModels(List<String> models) {
        this.models = List.copyOf(models);
    }

    public void setLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    public List<Properties> getWorkflowDefinitions() {
        return workflowDefinitions;
    }

    public void setNodeService(Object nodeService) {
        // supplied by Alfresco's parent bean
    }

    public void setSearchService(Object searchService) {
        // supplied by Alfresco's parent bean
    }

    public void setNamespaceService(Object namespaceService) {
        // supplied by Alfresco's parent bean
    }

    public void setRepositoryWorkflowDefsLocations(Object repositoryWorkflowDefsLocations) {
        // supplied by Alfresco's parent bean
    }

    public List<String> models() {
        return models;
    }

    public List<String> labels() {
        return labels;
    }
}
