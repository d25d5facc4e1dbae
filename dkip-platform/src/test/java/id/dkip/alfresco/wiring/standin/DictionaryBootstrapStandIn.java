package id.dkip.alfresco.wiring.standin;

import java.util.List;
import java.util.Properties;

/**
 * Test stand-in for {@code org.alfresco.repo.dictionary.DictionaryBootstrap}, the class of Alfresco's abstract
 * {@code dictionaryModelBootstrap} parent bean: the same public setters (Alfresco 26.1), so a child bean that
 * sets a property the real class lacks, or a value of the wrong kind, fails the wiring test. Collaborators the
 * real parent bean supplies are typed {@code Object} (they are never set by the module). Records what was set.
 */
public class DictionaryBootstrapStandIn {
    private List<String> models = List.of();
    private List<String> labels = List.of();

    public void setDictionaryDAO(Object dictionaryDAO) {
        // supplied by Alfresco's parent bean
    }

    public void setTenantService(Object tenantService) {
        // supplied by Alfresco's parent bean
    }

    public void setGlobalProperties(Properties globalProperties) {
        // supplied by Alfresco's parent bean
    }

    public void setModels(List<String> models) {
        this.models = List.copyOf(models);
    }

    public void setLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    public List<String> models() {
        return models;
    }

    public List<String> labels() {
        return labels;
    }
}
