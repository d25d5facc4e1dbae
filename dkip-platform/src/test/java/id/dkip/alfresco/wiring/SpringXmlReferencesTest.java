package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Keeps {@code wiring/alfresco-beans.properties} honest, statically: every bean name the module's Spring XML
 * refers to (ref, parent, depends-on, factory-bean, {@code <ref bean>}, {@code <idref bean>}, {@code p:*-ref})
 * is defined by the module or listed there, every line there is used, and the module never reuses an
 * Alfresco bean's name. Also: every context file under src/main/resources is reached from module-context.xml.
 */
class SpringXmlReferencesTest {
    private static List<String> mainFiles;
    private static Map<String, AlfrescoBeans.Declaration> alfresco;
    private static Set<String> ownBeans;
    /** referenced name -> files referring to it */
    private static Map<String, Set<String>> references;

    @BeforeAll
    static void scan() throws IOException {
        mainFiles = SpringXmlFiles.mainSpringFiles();
        alfresco = AlfrescoBeans.load();
        ownBeans = new HashSet<>();
        references = new LinkedHashMap<>();
        for (String file : mainFiles) {
            Document d = SpringXmlFiles.read(file);
            NodeList all = d.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                boolean beansElement = SpringXmlFiles.BEANS_NS.equals(e.getNamespaceURI());
                if (beansElement && "bean".equals(e.getLocalName())) {
                    if (e.hasAttribute("id")) {
                        ownBeans.add(e.getAttribute("id"));
                    }
                    if (e.hasAttribute("name")) {
                        ownBeans.addAll(Arrays.asList(e.getAttribute("name").split("[,; ]+")));
                    }
                }
                if (beansElement && "alias".equals(e.getLocalName())) {
                    ownBeans.add(e.getAttribute("alias"));
                }
                for (String name : referencedNames(e)) {
                    references.computeIfAbsent(name, k -> new TreeSet<>()).add(file);
                }
            }
        }
    }

    static List<String> referencedNames(Element e) {
        List<String> refs = new ArrayList<>();
        for (String attr : List.of("parent", "ref", "depends-on", "factory-bean", "value-ref", "key-ref")) {
            if (e.hasAttribute(attr)) {
                refs.addAll(Arrays.asList(e.getAttribute(attr).split("[,; ]+")));
            }
        }
        if (("ref".equals(e.getLocalName()) || "idref".equals(e.getLocalName())) && e.hasAttribute("bean")) {
            refs.add(e.getAttribute("bean"));
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
            Attr at = (Attr) attributes.item(a);
            if ("http://www.springframework.org/schema/p".equals(at.getNamespaceURI()) && at.getLocalName().endsWith("-ref")) {
                refs.add(at.getValue());
            }
        }
        refs.removeIf(String::isBlank);
        return refs;
    }

    @Test
    void everyReferencedBeanIsDefinedByTheModuleOrSuppliedAsAnAlfrescoBean() {
        Map<String, Set<String>> unknown = new LinkedHashMap<>(references);
        unknown.keySet().removeIf(name -> ownBeans.contains(name) || alfresco.containsKey(name));
        assertThat(unknown).as("bean names referred to but neither defined by the module nor listed in "
                + AlfrescoBeans.RESOURCE + " (name -> files)").isEmpty();
    }

    @Test
    void everyAlfrescoBeanListedIsReferredToByTheModule() {
        Set<String> unused = new TreeSet<>(alfresco.keySet());
        unused.removeAll(references.keySet());
        assertThat(unused).as("lines of " + AlfrescoBeans.RESOURCE + " that no main Spring XML refers to").isEmpty();
    }

    @Test
    void theModuleNeverDefinesABeanUnderAnAlfrescoBeansName() {
        Set<String> clashes = new TreeSet<>(ownBeans);
        clashes.retainAll(alfresco.keySet());
        assertThat(clashes).as("module beans named like Alfresco beans (they would replace Alfresco's)").isEmpty();
    }

    @Test
    void everyContextFileIsImportedByModuleContext() {
        assertThat(mainFiles).contains(ModuleContextLoader.MODULE_CONTEXT);
        assertThat(SpringXmlFiles.moduleContextFiles()).containsExactlyInAnyOrderElementsOf(mainFiles);
    }
}
