package id.dkip.alfresco.archive.webscripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.archive.ExemptionHistory;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

class RiwayatGetTest {

    final NodeService nodeService = mock(NodeService.class);
    final PermissionService permissionService = mock(PermissionService.class);
    final ExemptionHistory history = mock(ExemptionHistory.class);
    final RiwayatGet webScript = new RiwayatGet();
    final NodeRef doc = new NodeRef("workspace://SpacesStore/abc-123");

    RiwayatGetTest() {
        webScript.setNodeService(nodeService);
        webScript.setPermissionService(permissionService);
        webScript.setHistory(history);
        webScript.afterPropertiesSet();
    }

    private Map<String, Object> get(String nodeRef) {
        WebScriptRequest req = mock(WebScriptRequest.class);
        when(req.getParameter("nodeRef")).thenReturn(nodeRef);
        return webScript.executeImpl(req, new Status(), new Cache());
    }

    @Test
    void answersTheHistoryToAUserWhoMayReadTheDocument() {
        when(nodeService.exists(doc)).thenReturn(true);
        when(permissionService.hasPermission(doc, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        List<ExemptionHistory.Event> events = List.of(new ExemptionHistory.Event(1, new Date(0), "ppid", "klasifikasi", "Rahasia", "YANKES", "dasar=17h2"));
        when(history.ofAsSystem(doc)).thenReturn(events);

        Map<String, Object> model = get(doc.toString());

        assertThat(model).containsEntry("nodeRef", doc.toString()).containsEntry("events", events);
    }

    @Test
    void badNodeRefIs400MissingNodeIs404UnreadableIs403() {
        assertThatThrownBy(() -> get(null)).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        assertThatThrownBy(() -> get("bukan-noderef")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        assertThatThrownBy(() -> get(doc.toString())).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
        when(nodeService.exists(doc)).thenReturn(true);
        when(permissionService.hasPermission(doc, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        assertThatThrownBy(() -> get(doc.toString())).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
        verify(history, never()).ofAsSystem(any());
    }
}
