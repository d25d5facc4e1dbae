package id.dkip.alfresco.webscripts;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.documents.export.ExportFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Surf finds a Java-backed web script by its bean id: {@code webscript.<package path>.<name>.<method>} must name a
 * descriptor {@code <package path>/<name>.<method>.desc.xml} under {@code alfresco/extension/templates/webscripts}.
 * A mismatch only shows at run time in Alfresco (the script silently becomes script-less), so it is checked here.
 */
class WebScriptDescriptorTest {
    private static final String CONTEXT = "alfresco/module/dkip-platform/context/webscript-context.xml";
    private static final String ROOT = "alfresco/extension/templates/webscripts/";

    @Test
    void everyWebScriptBeanHasItsDescriptor() throws Exception {
        List<String> ids = new ArrayList<>();
        NodeList beans = parse(CONTEXT).getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            String id = ((Element) beans.item(i)).getAttribute("id");
            if (id.startsWith("webscript.")) {
                ids.add(id);
                String[] parts = id.substring("webscript.".length()).split("\\.");
                String path = ROOT + String.join("/", Arrays.copyOf(parts, parts.length - 2)) + "/"
                        + parts[parts.length - 2] + "." + parts[parts.length - 1] + ".desc.xml";
                assertThat(getClass().getClassLoader().getResource(path)).as(path).isNotNull();
                assertThat(((Element) beans.item(i)).getAttribute("parent")).isEqualTo("webscript");
            }
        }
        assertThat(ids).contains("webscript.id.dkip.alfresco.webscripts.register-export.get");
    }

    @Test
    void registerExportIsLockedDown() throws Exception {
        Document d = parse(ROOT + "id/dkip/alfresco/webscripts/register-export.get.desc.xml");
        assertThat(text(d, "url")).isEqualTo("/dkip/register/export?site={site}&format={format?}&public={public?}");
        assertThat(text(d, "authentication")).isEqualTo("user");
        assertThat(text(d, "transaction")).isEqualTo("required");
        assertThat(((Element) d.getElementsByTagName("transaction").item(0)).getAttribute("allow")).isEqualTo("readonly");
        assertThat(text(d, "format")).isEqualTo("argument");
        assertThat(((Element) d.getElementsByTagName("format").item(0)).getAttribute("default")).isEqualTo("json");
        assertThat(text(d, "lifecycle")).isNotBlank();
        assertThat(d.getElementsByTagName("runas").getLength()).isZero();
    }

    @Test
    void everyExportFormatIsRegisteredWithSurf() throws Exception {
        NodeList entries = parse(CONTEXT).getElementsByTagName("entry");
        List<String> registered = new ArrayList<>(List.of("json")); // Surf's own
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            registered.add(e.getAttribute("key"));
            ExportFormat f = ExportFormat.parse(e.getAttribute("key"));
            assertThat(f.mimeType()).startsWith(e.getAttribute("value"));
        }
        assertThat(registered).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList());
    }

    private Document parse(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String text(Document d, String tag) {
        return d.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
