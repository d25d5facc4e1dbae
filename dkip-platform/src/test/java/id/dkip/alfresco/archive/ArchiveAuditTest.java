package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The audit trail: what is recorded, how the history is queried, and that the application maps both. */
class ArchiveAuditTest {

    static final String AUDIT_NS = "http://www.alfresco.org/repo/audit/model/3.2";
    final NodeRef doc = new NodeRef("workspace://SpacesStore/doc-1");

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void eachEventIsRecordedUnderTheModulesRootWithNodeLevelUnitAndDetail() {
        AuditComponent component = mock(AuditComponent.class);
        when(component.areAuditValuesRequired(ArchiveAudit.ROOT)).thenReturn(true);
        ArchiveAudit audit = new ArchiveAudit();
        audit.setAuditComponent(component);
        audit.afterPropertiesSet();

        audit.record(ArchiveAudit.OPENED, doc, "Rahasia", "YANKES", "kedaluwarsa");

        ArgumentCaptor<Map<String, Serializable>> values = (ArgumentCaptor) ArgumentCaptor.forClass(Map.class);
        verify(component).recordAuditValues(eq("/dkip-arsip"), values.capture());
        assertThat(values.getValue()).containsEntry("peristiwa/jenis", "pembukaan")
                .containsEntry("peristiwa/node", doc.toString()).containsEntry("peristiwa/tingkat", "Rahasia")
                .containsEntry("peristiwa/unit", "YANKES").containsEntry("peristiwa/rincian", "kedaluwarsa");
    }

    @Test
    void nothingIsRecordedWhenAuditingIsOff() {
        AuditComponent component = mock(AuditComponent.class);
        ArchiveAudit audit = new ArchiveAudit();
        audit.setAuditComponent(component);
        audit.record(ArchiveAudit.FILED, doc, null, null, null);
        verify(component, never()).recordAuditValues(any(), any());
    }

    @Test
    void theHistoryOfADocumentIsQueriedByItsNodeInTheApplication() {
        AuditService auditService = mock(AuditService.class);
        ArgumentCaptor<AuditQueryParameters> params = ArgumentCaptor.forClass(AuditQueryParameters.class);
        doAnswer(i -> {
            AuditService.AuditQueryCallback cb = i.getArgument(0);
            assertThat(cb.valuesRequired()).isTrue();
            Map<String, Serializable> v = new HashMap<>();
            v.put("/dkip-arsip/peristiwa/jenis", "klasifikasi");
            v.put("/dkip-arsip/peristiwa/tingkat", "Rahasia");
            v.put("/dkip-arsip/peristiwa/rincian", "dasar=17h2");
            cb.handleAuditEntry(7L, "DKIP Arsip", "ppid.yankes", 1_767_225_600_000L, v);
            v = new HashMap<>();
            v.put("/dkip-arsip/peristiwa/jenis", "pembukaan");
            cb.handleAuditEntry(9L, "DKIP Arsip", "System", 1_780_000_000_000L, v);
            return null;
        }).when(auditService).auditQuery(any(), params.capture(), anyInt());
        ExemptionHistory history = new ExemptionHistory();
        history.setAuditService(auditService);
        history.afterPropertiesSet();

        List<ExemptionHistory.Event> events = history.of(doc);

        assertThat(params.getValue().getApplicationName()).isEqualTo("DKIP Arsip");
        assertThat(params.getValue().isForward()).isTrue();
        assertThat(params.getValue().getSearchKeyValues()).singleElement().satisfies(p -> {
            assertThat(p.getFirst()).isEqualTo("/dkip-arsip/peristiwa/node");
            assertThat(p.getSecond()).isEqualTo(doc.toString());
        });
        assertThat(events).extracting(ExemptionHistory.Event::type).containsExactly("klasifikasi", "pembukaan");
        assertThat(events.get(0).user()).isEqualTo("ppid.yankes");
        assertThat(events.get(0).level()).isEqualTo("Rahasia");
        assertThat(events.get(0).detail()).isEqualTo("dasar=17h2");
    }

    /**
     * The schema itself is checked by alfresco-compat-check (audit) against Alfresco's alfresco-audit-3.2.xsd; here:
     * the structure the producer and the query rely on - the path map from the producer's root, the application
     * name the query uses, and a recorded value (with its data source) for every key ArchiveAudit sends.
     */
    @Test
    void theAuditApplicationMapsEveryValueTheModuleRecords() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml;
        try (InputStream in = getClass().getResourceAsStream("/alfresco/module/dkip-platform/audit/dkip-audit.xml")) {
            assertThat(in).as("audit application on the module's audit path").isNotNull();
            xml = factory.newDocumentBuilder().parse(in);
        }
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(AUDIT_NS);
        Element pathMap = (Element) xml.getElementsByTagNameNS(AUDIT_NS, "PathMap").item(0);
        assertThat(pathMap.getAttribute("source")).isEqualTo(ArchiveAudit.ROOT);
        Element app = (Element) xml.getElementsByTagNameNS(AUDIT_NS, "Application").item(0);
        assertThat(app.getAttribute("name")).isEqualTo(ArchiveAudit.APPLICATION);
        assertThat("/" + app.getAttribute("key")).isEqualTo(pathMap.getAttribute("target"));
        List<String> sources = new ArrayList<>();
        NodeList records = xml.getElementsByTagNameNS(AUDIT_NS, "RecordValue");
        for (int i = 0; i < records.getLength(); i++) {
            sources.add(((Element) records.item(i)).getAttribute("dataSource"));
        }
        assertThat(sources).contains(ArchiveAudit.KEY_NODE);
        for (String key : List.of("jenis", "node", "tingkat", "unit", "rincian")) {
            assertThat(sources).contains(ArchiveAudit.ROOT + "/peristiwa/" + key);
        }
    }
}
