package id.dkip.alfresco.wiring.standin;

import java.util.List;

/**
 * Test stand-in for {@code org.alfresco.i18n.ResourceBundleBootstrapComponent}, the class of Alfresco's
 * {@code actionResourceBundles} bean that children extend to register their action labels: the same setter.
 */
public class ResourceBundleBootstrapStandIn {
    private List<String> resourceBundles = List.of();

    public void setResourceBundles(List<String> resourceBundles) {
        this.resourceBundles = List.copyOf(resourceBundles);
    }

    public List<String> resourceBundles() {
        return resourceBundles;
    }
}
