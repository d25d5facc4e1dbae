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
 * is defined by the module or listed there (or, for Alfresco parents with properties, in
 * {@code wiring/alfresco-parents-context.xml}), every line there is used, and the module never reuses an
 * Alfresco bean's name. Also: every context file under src/main/resources is reached from module-context.xml.
 */
class SpringXmlReferencesTest {
    private static List<String> mainFiles;
    private static Map<String, AlfrescoBeans.Declaration> alfresco;
    private static Set<String> ownBeans;
    /** referenced name -> files referring to it */
    private static Map<String, Set<String>> references;

    /** Beans of wiring/alfresco-parents-context.xml, and the names they refer to. */
    private static Set<String> alfrescoParents;
    private static Set<String> referencedByParents;

    @BeforeAll
    static void scan() throws IOException {
        mainFiles = SpringXmlFiles.mainSpringFiles();
        alfresco = AlfrescoBeans.load();
        alfrescoParents = new TreeSet<>();
        referencedByParents = new TreeSet<>();
        Document parents = SpringXmlFiles.read(ModuleContextLoader.ALFRESCO_PARENTS);
        NodeList parentBeans = parents.getElementsByTagNameNS(SpringXmlFiles.BEANS_NS, "bean");
        for (int i = 0; i < parentBeans.getLength(); i++) {
            Element b = (Element) parentBeans.item(i);
            if (b.getParentNode() == parents.getDocumentElement()) {
                alfrescoParents.add(b.getAttribute("id"));
                if (alfresco.containsKey(b.getAttribute("id"))) {
                    throw new IllegalStateException("'" + b.getAttribute("id") + "' is supplied twice, by "
                            + AlfrescoBeans.RESOURCE + " and by " + ModuleContextLoader.ALFRESCO_PARENTS);
                }
                if (!"true".equals(b.getAttribute("abstract"))) {
                    throw new IllegalStateException(ModuleContextLoader.ALFRESCO_PARENTS + ": bean '" + b.getAttribute("id") + "' must be abstract");
                }
            }
        }
        NodeList parentElements = parents.getElementsByTagName("*");
        for (int i = 0; i < parentElements.getLength(); i++) {
            referencedByParents.addAll(referencedNames((Element) parentElements.item(i)));
        }
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
        unknown.keySet().removeIf(name -> ownBeans.contains(name) || alfresco.containsKey(name) || alfrescoParents.contains(name));
        assertThat(unknown).as("bean names referred to but neither defined by the module nor listed in "
                + AlfrescoBeans.RESOURCE + " or " + ModuleContextLoader.ALFRESCO_PARENTS + " (name -> files)").isEmpty();
        Set<String> unsuppliedByParents = new TreeSet<>(referencedByParents);
        unsuppliedByParents.removeIf(name -> alfresco.containsKey(name) || alfrescoParents.contains(name));
        assertThat(unsuppliedByParents).as("names " + ModuleContextLoader.ALFRESCO_PARENTS + " refers to but "
                + AlfrescoBeans.RESOURCE + " does not supply").isEmpty();
    }

    @Test
    void everyAlfrescoBeanListedIsReferredToByTheModule() {
        Set<String> referenced = new HashSet<>(references.keySet());
        Set<String> unused = new TreeSet<>(alfresco.keySet());
        unused.addAll(alfrescoParents);
        unused.removeAll(referenced);
        // a mock that only an Alfresco parent needs (e.g. activitiBeanRegistry for baseJavaDelegate) is used
        // when that parent is
        unused.removeIf(name -> referencedByParents.contains(name) && !alfrescoParents.contains(name));
        assertThat(unused).as("Alfresco beans supplied by " + AlfrescoBeans.RESOURCE + " or "
                + ModuleContextLoader.ALFRESCO_PARENTS + " that no main Spring XML refers to").isEmpty();
    }

    @Test
    void theModuleNeverDefinesABeanUnderAnAlfrescoBeansName() {
        Set<String> clashes = new TreeSet<>(ownBeans);
        Set<String> supplied = new HashSet<>(alfresco.keySet());
        supplied.addAll(alfrescoParents);
        clashes.retainAll(supplied);
        assertThat(clashes).as("module beans named like Alfresco beans (they would replace Alfresco's)").isEmpty();
    }

    @Test
    void everyContextFileIsImportedByModuleContext() {
        assertThat(mainFiles).contains(ModuleContextLoader.MODULE_CONTEXT);
        assertThat(SpringXmlFiles.moduleContextFiles()).containsExactlyInAnyOrderElementsOf(mainFiles);
    }
}
