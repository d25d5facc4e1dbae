package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.legal.SecurityLevel;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.rule.Rule;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.rule.RuleType;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The archive area of a unit's site: {@code documentLibrary/Arsip Informasi Dikecualikan/<tingkat>/} (aspect
 * dkip:areaArsip on the area), and its drop folder {@code Penerimaan Arsip} (aspect dkip:folderPenerimaan) whose
 * inbound folder rule runs {@code dkip-arsipkan} on everything that arrives, from Share or WebDAV alike. Folders
 * are created on demand when a document is filed, or all at once by the {@code dkip-siapkan-arsip} admin action.
 */
public class ArchiveArea implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveArea.class);

    private NodeService nodeService;
    private SiteService siteService;
    private RuleService ruleService;
    private ActionService actionService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setRuleService(RuleService ruleService) {
        this.ruleService = ruleService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "ruleService", ruleService);
        PropertyCheck.mandatory(this, "actionService", actionService);
    }

    /** The document library of the site holding {@code node}, or null when the node is not in a site. */
    public NodeRef documentLibraryOf(NodeRef node) {
        SiteInfo site = siteService.getSite(node);
        if (site == null) {
            return null;
        }
        NodeRef docLib = siteService.getContainer(site.getShortName(), SiteService.DOCUMENT_LIBRARY);
        if (docLib == null) {
            docLib = siteService.createContainer(site.getShortName(), SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
        }
        return docLib;
    }

    /** {@code Arsip Informasi Dikecualikan}, created with dkip:areaArsip when missing. */
    public NodeRef area(NodeRef documentLibrary) {
        return folder(documentLibrary, FilingPlanner.AREA_FOLDER_NAME, DkipModel.ASPECT_AREA_ARSIP);
    }

    /** The level's folder inside the area, created when missing. */
    public NodeRef levelFolder(NodeRef documentLibrary, String levelFolderName) {
        return folder(area(documentLibrary), levelFolderName, null);
    }

    /**
     * Creates the whole area (every non-public level's folder) and the drop folder with its rule; safe to run again.
     *
     * @param unitCode the unit whose DKIP entries the drop folder matches documents against
     * @return the drop folder
     */
    public NodeRef setUp(NodeRef documentLibrary, String unitCode) {
        for (SecurityLevel level : SecurityLevel.values()) {
            if (!level.isPublic()) {
                levelFolder(documentLibrary, FilingPlanner.folderName(level));
            }
        }
        NodeRef drop = folder(area(documentLibrary), FilingPlanner.DROP_FOLDER_NAME, DkipModel.ASPECT_FOLDER_PENERIMAAN);
        ensureDropRule(drop, unitCode);
        return drop;
    }

    /** True when the node lies directly in a drop folder. */
    public boolean isInDropFolder(NodeRef node) {
        NodeRef parent = nodeService.getPrimaryParent(node).getParentRef();
        return parent != null && nodeService.hasAspect(parent, DkipModel.ASPECT_FOLDER_PENERIMAAN);
    }

    /** The inbound rule "Arsipkan sebagai informasi dikecualikan" on the drop folder, added once. */
    void ensureDropRule(NodeRef drop, String unitCode) {
        List<Rule> existing = ruleService.getRules(drop, false);
        for (Rule r : existing) {
            if (r.getAction() != null && ArsipkanActionExecuter.NAME.equals(r.getAction().getActionDefinitionName())) {
                return;
            }
        }
        Map<String, Serializable> params = new HashMap<>();
        if (unitCode != null && !unitCode.isBlank()) {
            params.put(ArsipkanActionExecuter.PARAM_UNIT_CODE, unitCode);
        }
        Action action = actionService.createAction(ArsipkanActionExecuter.NAME, params);
        Rule rule = new Rule();
        rule.setRuleType(RuleType.INBOUND);
        rule.setTitle("Arsipkan sebagai informasi dikecualikan");
        rule.setDescription("DKIP: mencocokkan dokumen yang masuk dengan entri DKIP unit dan mengarsipkannya; "
                + "dokumen yang tidak cocok menunggu di folder ini dengan alasannya.");
        rule.applyToChildren(false);
        rule.setExecuteAsynchronously(false);
        rule.setAction(action);
        ruleService.saveRule(drop, rule);
        LOG.info("Folder rule {} added to drop folder {}", ArsipkanActionExecuter.NAME, drop);
    }

    private NodeRef folder(NodeRef parent, String name, QName marker) {
        NodeRef existing = nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name);
        if (existing != null) {
            return existing;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        NodeRef created = nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name.replace(' ', '_')),
                ContentModel.TYPE_FOLDER, props).getChildRef();
        if (marker != null) {
            nodeService.addAspect(created, marker, null);
        }
        LOG.debug("Created archive folder '{}' in {}", name, parent);
        return created;
    }
}
