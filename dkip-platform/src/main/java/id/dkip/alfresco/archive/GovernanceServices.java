package id.dkip.alfresco.archive;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bridge to Alfresco Governance Services (records management), used only when it is installed: detected at
 * run time by its actions {@code create-record} and {@code fileTo} being registered with the ActionService. The
 * module never links against GS classes: it calls GS's own actions by name, so the file plan's retention
 * schedule applies. Without GS, the module's own retention fields (dkip:retensiArsip) are the policy.
 */
public class GovernanceServices implements InitializingBean {

    public static final String ACTION_CREATE_RECORD = "create-record";
    public static final String ACTION_FILE_TO = "fileTo";
    /** GS's record aspect: a document already declared is never declared again. */
    public static final QName ASPECT_RECORD = QName.createQName("http://www.alfresco.org/model/recordsmanagement/1.0", "record");

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceServices.class);

    private ActionService actionService;
    private NodeService nodeService;
    private String mode = "auto";
    private String recordFolderPath = "/DKIP/{unit}/{tingkat}";

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** {@code auto} (use GS when installed), {@code off} (never). */
    public void setMode(String mode) {
        this.mode = mode == null ? "auto" : mode.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** File-plan path of the record folder; {unit} and {tingkat} are replaced. */
    public void setRecordFolderPath(String recordFolderPath) {
        this.recordFolderPath = recordFolderPath;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "actionService", actionService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        if (!mode.equals("auto") && !mode.equals("off")) {
            throw new IllegalArgumentException("dkip.archive.gs.mode must be 'auto' or 'off', was '" + mode + "'");
        }
        if (recordFolderPath == null || !recordFolderPath.startsWith("/")) {
            throw new IllegalArgumentException("dkip.archive.gs.recordFolderPath must be a file-plan path starting with '/'");
        }
    }

    /** True when GS is installed (its actions are registered) and not switched off. */
    public boolean isAvailable() {
        if ("off".equals(mode)) {
            return false;
        }
        try {
            return actionService.getActionDefinition(ACTION_CREATE_RECORD) != null
                    && actionService.getActionDefinition(ACTION_FILE_TO) != null;
        } catch (RuntimeException e) {
            // ActionServiceImpl answers null for unknown names; some versions throw: both mean "not installed".
            LOG.debug("Governance Services not detected: {}", e.getMessage());
            return false;
        }
    }

    public boolean isRecord(NodeRef node) {
        return nodeService.hasAspect(node, ASPECT_RECORD);
    }

    /**
     * Declares the document a record ({@code create-record}, kept visible in its site) and files it into the
     * unit's record folder ({@code fileTo}, creating the folder under an existing category).
     *
     * @return the file-plan path used
     */
    public String declareAndFile(NodeRef document, String unitCode, String levelFolderName) {
        Map<String, Serializable> createParams = new HashMap<>();
        createParams.put("hide-record", Boolean.FALSE);
        Action create = actionService.createAction(ACTION_CREATE_RECORD, createParams);
        actionService.executeAction(create, document);

        String path = recordFolderPath.replace("{unit}", unitCode == null ? "TANPA-UNIT" : unitCode)
                .replace("{tingkat}", levelFolderName == null ? "" : levelFolderName);
        Map<String, Serializable> fileParams = new HashMap<>();
        fileParams.put("path", path);
        fileParams.put("createRecordPath", Boolean.TRUE);
        Action fileTo = actionService.createAction(ACTION_FILE_TO, fileParams);
        actionService.executeAction(fileTo, document);
        LOG.info("Declared {} a record and filed it to {}", document, path);
        return path;
    }
}
