package id.dkip.share;

import static id.dkip.share.ShareConfigTest.attributeValues;
import static id.dkip.share.ShareConfigTest.bundle;
import static id.dkip.share.ShareConfigTest.child;
import static id.dkip.share.ShareConfigTest.children;
import static id.dkip.share.ShareConfigTest.controlOf;
import static id.dkip.share.ShareConfigTest.elements;
import static id.dkip.share.ShareConfigTest.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOP workflow's Share forms (dkip-workflow-share-config.xml) against Share's documented behaviour: Workflow
 * Details asks the start task for the form "workflow-details" (workflow-form.js); a task form has one reply field;
 * labels come from the bundles; the meeting screen and the findings/document controls exist with their client code.
 */
class WorkflowFormsConfigTest {

    static final Path RESOURCES = ShareConfigTest.RESOURCES;
    static final Path SITE_WEBSCRIPTS = RESOURCES.resolve("alfresco/web-extension/site-webscripts");
    static Document config;

    @BeforeAll
    static void load() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        config = f.newDocumentBuilder().parse(RESOURCES.resolve("alfresco/web-extension/dkip-workflow-share-config.xml").toFile());
    }

    static Element form(String condition, String id) {
        Element c = children(config.getDocumentElement(), "config").stream()
                .filter(e -> condition.equals(e.getAttribute("condition"))).findFirst().orElseThrow(() -> new AssertionError(condition));
        return children(child(c, "forms"), "form").stream().filter(e -> Objects.equals(id == null ? "" : id, e.getAttribute("id")))
                .findFirst().orElseThrow(() -> new AssertionError(condition + " form " + id));
    }

    @Test
    void workflowDetailsShowsTheRunNotBpmInternals() {
        Element details = form("dkipwf:submitPenyusunanTask", "workflow-details");
        assertThat(shown(details)).contains("dkipwf:unitGroups", "dkipwf:timGroup", "dkipwf:atasanGroup", "packageItems")
                .noneMatch(f -> f.startsWith("bpm:"));
    }

    @Test
    void aTaskFormAsksForOneReplyTextOnly() {
        for (Element c : children(config.getDocumentElement(), "config")) {
            if (!"task-type".equals(c.getAttribute("evaluator"))) {
                continue;
            }
            for (Element f : children(child(c, "forms"), "form")) {
                List<String> fields = shown(f);
                boolean editableCatatan = fields.contains("dkipwf:catatan") && !controlOf(f, "dkipwf:catatan").endsWith("/info.ftl");
                assertThat(editableCatatan && fields.contains("bpm:comment")).as(c.getAttribute("condition") + ": bpm:comment and dkipwf:catatan").isFalse();
            }
        }
    }

    /**
     * Seen in a real Share 26.1: a shown bpm:taskId without a control is rendered as an editable, mandatory
     * "Identifier" text box on every task form. Share's own task forms (share-workflow-form-config.xml) show it
     * with info.ftl.
     */
    @Test
    void theTaskIdentifierIsShownReadOnly() {
        int checked = 0;
        for (Element c : children(config.getDocumentElement(), "config")) {
            for (Element f : children(child(c, "forms"), "form")) {
                if (shown(f).contains("bpm:taskId")) {
                    assertThat(controlOf(f, "bpm:taskId")).as(c.getAttribute("condition") + " bpm:taskId").endsWith("/info.ftl");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_id"})
    void setLabelsComeFromTheBundles(String suffix) throws Exception {
        Properties bundle = bundle(suffix);
        for (Element e : elements(config, null, "*")) {
            assertThat(e.hasAttribute("label")).as("hard-coded label on " + e.getAttribute("id")).isFalse();
            for (String attr : List.of("label-id", "help-id")) {
                String key = e.getAttribute(attr);
                if (key.startsWith("dkip.")) {
                    assertThat(bundle.getProperty(key)).as(key).isNotBlank();
                }
            }
        }
    }

    @Test
    void theMeetingFormFollowsTheWorkflowContract() {
        Element rapat = form("dkipwf:rapatTask", null);
        assertThat(shown(rapat)).contains("dkipwf:tanggalRapat", "dkipwf:waktuMulai", "dkipwf:tempatRapat",
                "dkipwf:nomorBeritaAcara", "dkipwf:hadir").doesNotContain("dkipwf:keputusan");
        assertThat(controlOf(rapat, "dkipwf:hadir")).isEqualTo("/id/dkip/components/form/controls/rapat.ftl");
        assertThat(controlOf(rapat, "dkipwf:tanggalRapat")).endsWith("/date.ftl");
    }

    @Test
    void findingsAreOnePerLineAndDraftsAreLinks() {
        assertThat(controlOf(form("dkipwf:rancanganTask", null), "dkipwf:temuan")).endsWith("/dkip-baris.ftl");
        assertThat(controlOf(form("dkipwf:rancanganTask", null), "dkipwf:rancanganDkip")).endsWith("/dkip-dokumen.ftl");
        for (String draft : List.of("dkipwf:rancanganBeritaAcara", "dkipwf:rancanganUjiKonsekuensi", "dkipwf:rancanganSk")) {
            assertThat(controlOf(form("dkipwf:penetapanTask", null), draft)).as(draft).endsWith("/dkip-dokumen.ftl");
        }
    }

    @Test
    void everyOwnControlAndClientFileExists() throws Exception {
        for (Element c : elements(config, null, "control")) {
            String t = c.getAttribute("template");
            if (t.startsWith("/id/dkip/")) {
                assertThat(SITE_WEBSCRIPTS.resolve(t.substring(1))).exists();
            } else {
                assertThat(t).startsWith("/org/alfresco/components/form/controls/");
            }
        }
        Element deps = child(child(children(config.getDocumentElement(), "config").get(0), "forms"), "dependencies");
        assertThat(attributeValues(deps, "js", "src")).containsExactly("/dkip/components/dkip-util.js", "/dkip/components/form/dkip-form.js");
        for (String src : List.of(attributeValues(deps, "js", "src").get(0), attributeValues(deps, "css", "src").get(0))) {
            assertThat(ShareConfigTest.WEB.resolve(src.substring(1))).exists();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_id"})
    void everyMessageTheControlsUseExists(String suffix) throws Exception {
        Properties bundle = bundle(suffix);
        int n = 0;
        try (var files = Files.walk(SITE_WEBSCRIPTS)) {
            for (Path ftl : files.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                Matcher m = Pattern.compile("\"(dkip\\.[\\w.]+)\"").matcher(Files.readString(ftl));
                while (m.find()) {
                    assertThat(bundle.getProperty(m.group(1))).as(ftl.getFileName() + ": " + m.group(1)).isNotBlank();
                    n++;
                }
            }
        }
        assertThat(n).isGreaterThan(20);
    }
}
