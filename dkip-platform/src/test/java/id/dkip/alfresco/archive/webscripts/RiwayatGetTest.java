package id.dkip.alfresco.archive.webscripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
    void badNodeRefIs400AndAMissingDocumentCannotBeToldFromAnUnreadableOne() {
        assertThatThrownBy(() -> get(null)).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        assertThatThrownBy(() -> get("bukan-noderef")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        // missing: Alfresco's PermissionServiceImpl.hasPermission answers ALLOWED for a node that does not exist
        when(nodeService.exists(doc)).thenReturn(false);
        when(permissionService.hasPermission(doc, PermissionService.READ)).thenReturn(AccessStatus.ALLOWED);
        WebScriptException missing = catchThrowableOfType(WebScriptException.class, () -> get(doc.toString()));
        // exists but not readable
        when(nodeService.exists(doc)).thenReturn(true);
        when(permissionService.hasPermission(doc, PermissionService.READ)).thenReturn(AccessStatus.DENIED);
        WebScriptException unreadable = catchThrowableOfType(WebScriptException.class, () -> get(doc.toString()));
        assertThat(missing.getStatus()).isEqualTo(404).isEqualTo(unreadable.getStatus());
        assertThat(missing.getMessage()).isEqualTo(unreadable.getMessage());
        verify(history, never()).ofAsSystem(any());
    }
}
