package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every model, label bundle and process that bootstrap-context.xml registers is on the module's classpath: a
 * renamed or moved file would otherwise only show when Alfresco starts (or silently, for labels).
 */
class BootstrapResourcesTest {

    private static final String BOOTSTRAP = "alfresco/module/dkip-platform/context/bootstrap-context.xml";

    @Test
    void everyModelAndProcessLocationExists() throws Exception {
        List<String> locations = new ArrayList<>();
        for (String value : values("value")) {
            if (value.endsWith(".xml")) {
                locations.add(value);
            }
        }
        for (String prop : values("prop")) {
            if (prop.endsWith(".bpmn20.xml")) {
                locations.add(prop);
            }
        }
        assertThat(locations).contains("alfresco/module/dkip-platform/model/dkipContentModel.xml",
                "alfresco/module/dkip-platform/model/dkipWorkflowModel.xml",
                "alfresco/module/dkip-platform/workflow/dkip-penyusunan.bpmn20.xml");
        for (String location : locations) {
            assertThat(getClass().getClassLoader().getResource(location)).as(location).isNotNull();
        }
    }

    @Test
    void everyLabelBundleExistsInIndonesianAndEnglish() throws Exception {
        List<String> bundles = values("value").stream().filter(v -> v.contains("/messages/")).distinct().toList();
        assertThat(bundles).contains("alfresco/module/dkip-platform/messages/dkip-content-model",
                "alfresco/module/dkip-platform/messages/dkip-workflow");
        for (String bundle : bundles) {
            assertThat(getClass().getClassLoader().getResource(bundle + ".properties")).as(bundle).isNotNull();
            assertThat(getClass().getClassLoader().getResource(bundle + "_en.properties")).as(bundle + "_en").isNotNull();
        }
    }

    private List<String> values(String tag) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BOOTSTRAP)) {
            assertThat(in).as(BOOTSTRAP).isNotNull();
            doc = f.newDocumentBuilder().parse(in);
        }
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getTextContent().trim());
        }
        return out;
    }
}
