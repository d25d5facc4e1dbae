package id.dkip.alfresco.archive;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bridge to Alfresco Governance Services (records management), used only when it is installed: detected at
 * run time by its content model {@code rma:recordsmanagement} being in the dictionary. Never by asking the
 * ActionService for an action that may not exist: {@code ActionServiceImpl.getActionDefinition} calls
 * {@code applicationContext.getBean(name)}, which throws for an unknown name inside the public service's
 * transaction interceptor, and that marks the caller's transaction rollback-only even when the exception is
 * caught (every filing on Community then ended in UnexpectedRollbackException). The
 * module never links against GS classes: it calls GS's own actions by name, so the file plan's retention
 * schedule applies. Without GS, the module's own retention fields (dkip:retensiArsip) are the policy.
 */
public class GovernanceServices implements InitializingBean {

    public static final String ACTION_CREATE_RECORD = "create-record";
    public static final String ACTION_FILE_TO = "fileTo";
    /** GS's records-management model, present in the dictionary exactly when GS is installed. */
    public static final QName RM_MODEL = QName.createQName("http://www.alfresco.org/model/recordsmanagement/1.0", "recordsmanagement");
    /** GS's record aspect: a document already declared is never declared again. */
    public static final QName ASPECT_RECORD = QName.createQName("http://www.alfresco.org/model/recordsmanagement/1.0", "record");

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceServices.class);

    private ActionService actionService;
    private NodeService nodeService;
    private DictionaryService dictionaryService;
    private String mode = "auto";
    private String recordFolderPath = "/DKIP/{unit}/{tingkat}";

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
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
        PropertyCheck.mandatory(this, "dictionaryService", dictionaryService);
        if (!mode.equals("auto") && !mode.equals("off")) {
            throw new IllegalArgumentException("dkip.archive.gs.mode must be 'auto' or 'off', was '" + mode + "'");
        }
        if (recordFolderPath == null || !recordFolderPath.startsWith("/")) {
            throw new IllegalArgumentException("dkip.archive.gs.recordFolderPath must be a file-plan path starting with '/'");
        }
    }

    /** True when GS is installed (its model is loaded) and not switched off; asks nothing that can throw. */
    public boolean isAvailable() {
        return !"off".equals(mode) && dictionaryService.getAllModels().contains(RM_MODEL);
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
