package id.dkip.alfresco.archive.webscripts;

import id.dkip.alfresco.archive.ExemptionHistory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * {@code GET /dkip/arsip/riwayat?nodeRef=...}: the history of a document's exemption (classification, refusals,
 * filing, permission changes, extension, review, opening) from the "DKIP Arsip" audit application, for users who
 * may read the document. 400 without a valid nodeRef; 404 for a missing node and for one the user may not read alike,
 * so the answer never reveals that an unreadable document exists.
 */
public class RiwayatGet extends DeclarativeWebScript implements InitializingBean {

    private NodeService nodeService;
    private PermissionService permissionService;
    private ExemptionHistory history;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setHistory(ExemptionHistory history) {
        this.history = history;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "history", history);
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        String param = req.getParameter("nodeRef");
        if (param == null || !NodeRef.isNodeRef(param.trim())) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Parameter nodeRef wajib diisi dengan nodeRef yang sah, mis. workspace://SpacesStore/<id>");
        }
        NodeRef node = new NodeRef(param.trim());
        // One answer for "no such document" and "not yours to read": otherwise the status tells who may not read a
        // document that it exists. (PermissionService.hasPermission answers ALLOWED for a node that does not exist,
        // so existence is checked too, and both give the same 404 with the same text.)
        if (permissionService.hasPermission(node, PermissionService.READ) != AccessStatus.ALLOWED || !nodeService.exists(node)) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Dokumen tidak ditemukan atau Anda tidak berhak membacanya: " + node);
        }
        List<ExemptionHistory.Event> events = history.ofAsSystem(node);
        Map<String, Object> model = new HashMap<>();
        model.put("nodeRef", node.toString());
        model.put("events", events);
        return model;
    }
}
