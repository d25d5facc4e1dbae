package id.dkip.alfresco.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The BPMN, the task model and the workflow bundles agree: every form key is a type, every type is labelled. */
class WorkflowModelConsistencyTest {

    private static final String MODULE = "alfresco/module/dkip-platform/";
    private static final String BPMN = MODULE + "workflow/dkip-penyusunan.bpmn20.xml";
    private static final String MODEL = MODULE + "model/dkipWorkflowModel.xml";
    private static final String ACTIVITI = "http://activiti.org/bpmn";

    private static Document xml(String resource) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = WorkflowModelConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Set<String> formKeys() throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        Document bpmn = xml(BPMN);
        for (String tag : List.of("startEvent", "userTask")) {
            NodeList nodes = bpmn.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                String key = ((Element) nodes.item(i)).getAttributeNS(ACTIVITI, "formKey");
                assertThat(key).as(tag + " " + ((Element) nodes.item(i)).getAttribute("id") + " has a formKey").isNotBlank();
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> modelTypes() throws Exception {
        Set<String> types = new LinkedHashSet<>();
        NodeList nodes = xml(MODEL).getElementsByTagNameNS("*", "type");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ("types".equals(e.getParentNode().getLocalName())) {
                types.add(e.getAttribute("name"));
            }
        }
        return types;
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WorkflowModelConsistencyTest.class.getClassLoader().getResourceAsStream(MODULE + "messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    @Test
    void everyFormKeyIsATypeOfTheTaskModelAndEveryTypeIsUsed() throws Exception {
        Set<String> keys = formKeys();
        Set<String> types = modelTypes();
        assertThat(keys).contains("dkipwf:submitPenyusunanTask", "dkipwf:rapatTask", "dkipwf:dokumentasiTask");
        assertThat(types).containsAll(keys);
        assertThat(keys).containsAll(types);
    }

    @Test
    void bothBundlesLabelTheWorkflowEveryTaskTypeAndEveryOutcome() throws Exception {
        for (String name : List.of("dkip-workflow.properties", "dkip-workflow_en.properties")) {
            Properties p = bundle(name);
            List<String> missing = new ArrayList<>();
            List<String> wanted = new ArrayList<>(List.of("dkipPenyusunan.workflow.title", "dkipPenyusunan.workflow.description",
                    "listconstraint.dkipwf_rancanganOutcomeOptions.lanjut", "listconstraint.dkipwf_rancanganOutcomeOptions.kembalikan",
                    "listconstraint.dkipwf_penetapanOutcomeOptions.tetapkan", "listconstraint.dkipwf_penetapanOutcomeOptions.kembalikan"));
            for (String type : modelTypes()) {
                String local = type.replace(':', '_');
                wanted.add("dkipwf_workflowModel.type." + local + ".title");
                wanted.add("dkipPenyusunan.task." + local + ".title");
            }
            for (String key : wanted) {
                if (p.getProperty(key, "").isBlank()) {
                    missing.add(key);
                }
            }
            assertThat(missing).as("keys missing in " + name).isEmpty();
        }
        assertThat(bundle("dkip-workflow.properties").keySet()).isEqualTo(bundle("dkip-workflow_en.properties").keySet());
    }
}
