package id.dkip.alfresco.wiring.standin;

import java.util.Map;

/**
 * Test stand-in for Surf's {@code org.springframework.extensions.webscripts.FormatMap}, the class of the abstract
 * {@code webscripts.formatmap} parent bean: the same public setters (Surf 10.2), so a misspelt or mistyped property
 * of a child bean fails the wiring test. The registry the real parent supplies is typed {@code Object}.
 */
public class FormatMapStandIn {
    private Map<String, String> formats = Map.of();

    public void setRegistry(Object registry) {
        // supplied by Surf's parent bean
    }

    public void setAgent(String agent) {
        // not used by the module
    }

    public void setFormats(Map<String, String> formats) {
        this.formats = Map.copyOf(formats);
    }

    public void setMimetypes(Map<String, String> mimetypes) {
        // not used by the module
    }

    public Map<String, String> getFormats() {
        return formats;
    }
}
