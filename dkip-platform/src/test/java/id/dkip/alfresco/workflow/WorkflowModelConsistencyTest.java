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
        // an English server resolves the default locale first: _id keeps Indonesian for Indonesian users
        assertThat(bundle("dkip-workflow_id.properties")).isEqualTo(bundle("dkip-workflow.properties"));
    }

    /** dkipwf property defaults of an element's own properties (a type or an aspect), by variable name. */
    private static java.util.Map<String, String> defaults(Element typeOrAspect) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        NodeList props = typeOrAspect.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            NodeList d = prop.getElementsByTagNameNS("*", "default");
            if (d.getLength() > 0 && prop.getAttribute("name").startsWith("dkipwf:")
                    && "properties".equals(prop.getParentNode().getLocalName())) {
                out.put(prop.getAttribute("name").replace(':', '_'), d.item(0).getTextContent().trim());
            }
        }
        return out;
    }

    @Test
    void theTestEnginesTaskDefaultsAreTheModelsDefaults() throws Exception {
        // AlfrescoTaskBehaviour reproduces Alfresco's TaskCreateListener on the embedded engine; it must write exactly
        // the defaults Alfresco would take from this model (the type's and its mandatory aspects' properties).
        Document model = xml(MODEL);
        java.util.Map<String, Element> aspects = new java.util.HashMap<>();
        NodeList aspectNodes = model.getElementsByTagNameNS("*", "aspect");
        for (int i = 0; i < aspectNodes.getLength(); i++) {
            Element a = (Element) aspectNodes.item(i);
            if ("aspects".equals(a.getParentNode().getLocalName())) {
                aspects.put(a.getAttribute("name"), a);
            }
        }
        java.util.Map<String, java.util.Map<String, String>> fromModel = new java.util.TreeMap<>();
        NodeList types = model.getElementsByTagNameNS("*", "type");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            if (!"types".equals(t.getParentNode().getLocalName())
                    || t.getElementsByTagNameNS("*", "parent").item(0).getTextContent().trim().equals("bpm:startTask")) {
                continue; // the start task is no user task: no TaskCreateListener
            }
            java.util.Map<String, String> d = defaults(t);
            NodeList mandatory = t.getElementsByTagNameNS("*", "mandatory-aspects");
            if (mandatory.getLength() > 0) {
                NodeList refs = ((Element) mandatory.item(0)).getElementsByTagNameNS("*", "aspect");
                for (int j = 0; j < refs.getLength(); j++) {
                    d.putAll(defaults(aspects.get(refs.item(j).getTextContent().trim())));
                }
            }
            if (!d.isEmpty()) {
                fromModel.put(t.getAttribute("name"), d);
            }
        }
        java.util.Map<String, java.util.Map<String, String>> inEngine = new java.util.TreeMap<>();
        id.dkip.core.workflow.AlfrescoTaskBehaviour.MODEL_DEFAULTS.forEach((type, vars) -> {
            java.util.Map<String, String> d = new java.util.TreeMap<>();
            vars.forEach((k, v) -> d.put(k, String.valueOf(v)));
            inEngine.put(type, d);
        });
        assertThat(fromModel).containsKey("dkipwf:rancanganTask").isEqualTo(inEngine);
    }
}
