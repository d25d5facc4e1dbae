package id.dkip.alfresco.wiring.standin;

import java.util.List;

/**
 * Test stand-in for {@code org.alfresco.i18n.ResourceBundleBootstrapComponent}, the class of Alfresco's abstract
 * {@code actionResourceBundles} parent bean: the same setter, so a misspelt property of a child bean fails the
 * wiring test. Records the bundles.
 */
public class ResourceBundleBootstrapStandIn {
    private List<String> resourceBundles = List.of();

    public void setResourceBundles(List<String> resourceBundles) {
        this.resourceBundles = List.copyOf(resourceBundles);
    }

    public List<String> getResourceBundles() {
        return resourceBundles;
    }
}
